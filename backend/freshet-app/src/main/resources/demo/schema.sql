-- The demo source database: a small internal knowledge base that Freshet captures and indexes.
-- Edit a row (psql, any SQL client) and watch it re-index: the start-up banner prints the connection string.
create table articles (
    id         bigserial primary key,
    title      text        not null,
    body       text        not null,
    author     text        not null,
    tags       text[]      not null default '{}',
    views      integer     not null default 0,
    updated_at timestamptz not null default now()
);

-- The old row of every update is written to the WAL, so Freshet can tell which columns changed
-- and skip updates that touch no indexed column (e.g. the views counter) without reading the row.
alter table articles replica identity full;
