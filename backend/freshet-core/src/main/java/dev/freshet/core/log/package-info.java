@NullMarked
package dev.freshet.core.log;

import org.jspecify.annotations.NullMarked;
