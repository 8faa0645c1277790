/** Leases: work that one of the instances sharing a state database runs at a time, with fail-over. */
@NullMarked
package dev.freshet.core.lease;

import org.jspecify.annotations.NullMarked;
