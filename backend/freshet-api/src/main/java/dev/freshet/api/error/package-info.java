@NullMarked
package dev.freshet.api.error;

import org.jspecify.annotations.NullMarked;
