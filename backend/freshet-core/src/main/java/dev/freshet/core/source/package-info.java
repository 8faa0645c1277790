@NullMarked
package dev.freshet.core.source;

import org.jspecify.annotations.NullMarked;
