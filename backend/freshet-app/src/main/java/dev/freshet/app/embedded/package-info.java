@NullMarked
package dev.freshet.app.embedded;

import org.jspecify.annotations.NullMarked;
