package dev.freshet.api.event;

/**
 * A logical event type with its schema version, e.g. {@code document.changed} version 1. These names
 * are stable: they appear in the database, the console and the docs.
 *
 * @param name logical name, lowercase words separated by dots
 * @param version schema version, starting at 1
 */
public record EventType(String name, int version) {

  /** A source saw a document change; the indexing agent re-indexes the subject. */
  public static final EventType DOCUMENT_CHANGED = new EventType("document.changed", 1);
  /**
   * A source emptied a whole collection (e.g. TRUNCATE); the subject is the collection's subject prefix,
   * e.g. {@code kb:public.articles}. The indexing agent re-checks every document of it.
   */
  public static final EventType COLLECTION_TRUNCATED = new EventType("collection.truncated", 1);
  /**
   * A source saw a change to a set of documents that the delivery does not name one by one: a Notion data
   * source's content changed, a GitHub push's commit list was truncated or history was rewritten. The
   * subject is the set's subject (e.g. {@code notion:ds:<id>}, {@code github:acme/docs}); the platform's
   * sync agent has the source read that set now ({@link dev.freshet.api.source.SourceConnector#sync}) and
   * append a {@code document.changed} for each document in it.
   */
  public static final EventType COLLECTION_CHANGED = new EventType("collection.changed", 1);
  /**
   * A source saw the columns of a captured table differ from what it saw last (a relation change in the
   * WAL), or saw the table for the first time since it started. The subject is {@code
   * schema:<source>:<schema.table>}; the data list the columns, the key columns and the mapping problems
   * the change causes (a mapped column that is gone). The platform keeps the history of versions.
   */
  public static final EventType SOURCE_SCHEMA_CHANGED = new EventType("source.schema-changed", 1);
  /** The indexing agent made a document's current state searchable. */
  public static final EventType DOCUMENT_INDEXED = new EventType("document.indexed", 1);
  /** The indexing agent removed every chunk of a document that no longer exists at its source. */
  public static final EventType DOCUMENT_REMOVED = new EventType("document.removed", 1);

  public EventType {
    if (name == null || !name.matches("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+")) {
      throw new IllegalArgumentException(
          "event type name must be dotted lowercase words such as document.changed, was " + name);
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, was " + version);
    }
  }

  @Override
  public String toString() {
    return name + "/" + version;
  }
}
