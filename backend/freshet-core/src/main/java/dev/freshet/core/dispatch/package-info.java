@NullMarked
package dev.freshet.core.dispatch;

import org.jspecify.annotations.NullMarked;
