@NullMarked
package dev.freshet.core.index;

import org.jspecify.annotations.NullMarked;
