@NullMarked
package dev.freshet.core.metrics;

import org.jspecify.annotations.NullMarked;
