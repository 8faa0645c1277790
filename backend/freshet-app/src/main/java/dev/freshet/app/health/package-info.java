@NullMarked
package dev.freshet.app.health;

import org.jspecify.annotations.NullMarked;
