@NullMarked
package dev.freshet.core.search;

import org.jspecify.annotations.NullMarked;
