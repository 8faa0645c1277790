@NullMarked
package dev.freshet.core.embedding;

import org.jspecify.annotations.NullMarked;
