@NullMarked
package dev.freshet.api.agent;

import org.jspecify.annotations.NullMarked;
