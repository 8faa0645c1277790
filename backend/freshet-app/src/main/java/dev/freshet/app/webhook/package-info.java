@NullMarked
package dev.freshet.app.webhook;

import org.jspecify.annotations.NullMarked;
