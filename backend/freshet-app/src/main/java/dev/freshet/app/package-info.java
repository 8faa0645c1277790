/** The executable application: configuration, security, REST and webhook endpoints, start-up. */
@NullMarked
package dev.freshet.app;

import org.jspecify.annotations.NullMarked;
