package dev.freshet.core.search;

/** Which retrievers answer a search. */
public enum SearchMode {
  /** Keyword and vector retrieval, fused by reciprocal rank: the default where the store has a lexical index. */
  HYBRID,
  /** Nearest neighbours of the query's embedding only. */
  VECTOR,
  /** Lexical matches of the query's words and identifiers only (BM25 in Lucene, ts_rank in PostgreSQL). */
  KEYWORD
}
