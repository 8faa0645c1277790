@NullMarked
package dev.freshet.core.store;

import org.jspecify.annotations.NullMarked;
