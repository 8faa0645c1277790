@NullMarked
package dev.freshet.api.store;

import org.jspecify.annotations.NullMarked;
