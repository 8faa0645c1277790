-- The event log: append-only, one row per event id (the idempotency key).
create table event_log (
    seq            bigserial primary key,
    id             text        not null unique,
    source         text        not null,
    type           text        not null,
    version        int         not null,
    subject        text        not null,
    operation      text        not null,
    time           timestamptz not null,
    correlation_id text        not null,
    causation_id   text,
    position       text,
    data           jsonb       not null,
    appended_at    timestamptz not null default clock_timestamp()
);
create index event_log_correlation on event_log (correlation_id, seq);
create index event_log_subject on event_log (subject, seq);

-- One delivery per (event, agent). Open deliveries are PENDING or RUNNING; the others are final.
create table delivery (
    id               bigserial primary key,
    event_seq        bigint      not null references event_log (seq),
    agent            text        not null,
    sequence_key     text        not null,
    status           text        not null check (status in ('PENDING', 'RUNNING', 'DONE', 'COALESCED', 'SKIPPED', 'DEAD')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null default clock_timestamp(),
    first_attempt_at timestamptz,
    created_at       timestamptz not null default clock_timestamp(),
    updated_at       timestamptz not null default clock_timestamp(),
    last_error       text,
    unique (event_seq, agent)
);
create index delivery_open on delivery (agent, sequence_key, event_seq) where status in ('PENDING', 'RUNNING');
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';

-- Deliveries that ran out of attempts or failed permanently: a dataset to inspect and replay.
create table dead_letter (
    id               bigserial primary key,
    delivery_id      bigint      not null references delivery (id),
    event_seq        bigint      not null references event_log (seq),
    agent            text        not null,
    stage            text        not null,
    error_type       text        not null,
    error_message    text        not null,
    attempts         int         not null,
    first_attempt_at timestamptz not null,
    last_attempt_at  timestamptz not null,
    coalesced_seqs   bigint[]    not null default '{}',
    status           text        not null default 'OPEN' check (status in ('OPEN', 'RETRIED', 'DISCARDED')),
    created_at       timestamptz not null default clock_timestamp()
);
create index dead_letter_open on dead_letter (status, id);

-- Every step of every change, by correlation id.
create table trace_step (
    id             bigserial primary key,
    correlation_id text        not null,
    event_id       text,
    subject        text,
    agent          text,
    step           text        not null,
    attempt        int,
    outcome        text        not null,
    started_at     timestamptz not null,
    ended_at       timestamptz not null,
    error_type     text,
    error_message  text,
    detail         jsonb       not null default '{}'
);
create index trace_step_correlation on trace_step (correlation_id, id);

-- Each document's index state and watermark: indexed as of which source position and time.
create table document_state (
    subject         text primary key,
    source          text        not null,
    status          text        not null check (status in ('INDEXED', 'REMOVED')),
    chunk_count     int         not null,
    source_position text,
    source_time     timestamptz not null,
    indexed_at      timestamptz not null,
    event_id        text        not null,
    correlation_id  text        not null
);

-- Each source's committed resume position.
create table source_position (
    source_id  text primary key,
    position   text        not null,
    updated_at timestamptz not null default clock_timestamp()
);
