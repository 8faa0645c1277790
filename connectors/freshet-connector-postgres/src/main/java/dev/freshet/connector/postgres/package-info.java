/**
 * The PostgreSQL source: an embedded Debezium engine reads the write-ahead log through a logical
 * replication slot (pgoutput) and turns row changes of configured tables into {@code document.changed}
 * events; the same connector loads a document's current row when an agent asks.
 */
@NullMarked
package dev.freshet.connector.postgres;

import org.jspecify.annotations.NullMarked;
