-- Embeddings by chunk text, so an edit that moves chunks re-embeds only the text that changed.
-- Keyed by the model (id and version) and the splitter settings that produced the text.
create table embedding_cache (
    model      text        not null,
    splitter   text        not null,
    text_hash  text        not null,
    vector     bytea       not null,
    created_at timestamptz not null default clock_timestamp(),
    primary key (model, splitter, text_hash)
);

-- Why a document was last (re-)indexed: the event, the changed columns, the chunks embedded and reused.
alter table document_state add column report jsonb not null default '{}';
