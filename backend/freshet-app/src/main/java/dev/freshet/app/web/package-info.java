@NullMarked
package dev.freshet.app.web;

import org.jspecify.annotations.NullMarked;
