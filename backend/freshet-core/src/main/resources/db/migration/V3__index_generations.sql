-- Index generations: one per (embedding model, splitter settings). Changing either builds a new
-- generation in the background while the active one keeps serving; the old one stays (kept current)
-- until it is dropped, so a switch can be rolled back.
create table index_generation (
    id           int primary key,
    model        text        not null,
    splitter     text        not null,
    status       text        not null check (status in ('BUILDING', 'ACTIVE', 'RETIRED', 'DROPPED')),
    done         int         not null default 0,
    total        int         not null default 0,
    cursor       text,
    estimate     jsonb       not null default '{}',
    created_at   timestamptz not null default clock_timestamp(),
    completed_at timestamptz,
    activated_at timestamptz
);
create unique index index_generation_one_active on index_generation (status) where status = 'ACTIVE';

-- The length of each document's text, for estimating the work of a rebuild before it starts.
alter table document_state add column text_chars int not null default 0;
