@NullMarked
package dev.freshet.app.security;

import org.jspecify.annotations.NullMarked;
