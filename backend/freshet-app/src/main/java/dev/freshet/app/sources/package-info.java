@NullMarked
package dev.freshet.app.sources;

import org.jspecify.annotations.NullMarked;
