-- What Freshet wrote to a langchain4j EmbeddingStore (freshet.store.type=embedding-store), by index generation:
-- EmbeddingStore can search, add and remove, but not list a document's chunks, count them or name its subjects,
-- which the indexer (embed only what changed, remove the stale) and the drift audit need.
create table embedding_store_chunk (
    generation  text        not null,
    id          text        not null,
    subject     text        not null,
    chunk_index int         not null,
    text        text        not null,
    vector      real[]      not null,
    metadata    jsonb       not null,
    indexed_at  timestamptz not null,
    primary key (generation, id)
);
create index embedding_store_chunk_subject on embedding_store_chunk (generation, subject, chunk_index);
