@NullMarked
package dev.freshet.core.json;

import org.jspecify.annotations.NullMarked;
