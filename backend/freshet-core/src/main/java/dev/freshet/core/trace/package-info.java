@NullMarked
package dev.freshet.core.trace;

import org.jspecify.annotations.NullMarked;
