/** Who changed what: the audit log of operator actions. */
@NullMarked
package dev.freshet.core.audit;

import org.jspecify.annotations.NullMarked;
