@NullMarked
package dev.freshet.core.deadletter;

import org.jspecify.annotations.NullMarked;
