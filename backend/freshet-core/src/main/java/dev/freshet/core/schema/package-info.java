/** The event schema catalogue: every event type's versions, their JSON Schemas, validation and compatibility. */
@NullMarked
package dev.freshet.core.schema;

import org.jspecify.annotations.NullMarked;
