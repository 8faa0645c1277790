@NullMarked
package dev.freshet.api.source;

import org.jspecify.annotations.NullMarked;
