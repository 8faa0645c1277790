@NullMarked
package dev.freshet.core.config;

import org.jspecify.annotations.NullMarked;
