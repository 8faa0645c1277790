/** Secrets that sources learn at run time, encrypted at rest in the state database. */
@NullMarked
package dev.freshet.core.secret;

import org.jspecify.annotations.NullMarked;
