@NullMarked
package dev.freshet.api.event;

import org.jspecify.annotations.NullMarked;
