-- Who changed what, from the console or the API: dead-letter retries, edits and discards, source pauses,
-- re-snapshots and reconcile runs. Append-only.
create table audit_log (
  id     bigserial   primary key,
  at     timestamptz not null default clock_timestamp(),
  actor  text        not null,
  action text        not null,
  target text        not null,
  detail jsonb       not null default '{}'
);
create index audit_log_target on audit_log (target, id);

-- Dead letters remember why they were discarded, and a replay that failed again points at the dead letter it
-- replayed (its history), with how many replays came before it (the loop guard counts them).
alter table dead_letter add column discard_reason text;
alter table dead_letter add column replay_of bigint references dead_letter (id);
alter table dead_letter add column replays int not null default 0;
-- An edited replay is a new event; the dead letter points at it so its failure can find its history.
alter table dead_letter add column replayed_as_seq bigint references event_log (seq);
create index dead_letter_delivery on dead_letter (delivery_id) where delivery_id is not null;
create index dead_letter_replayed_as on dead_letter (replayed_as_seq) where replayed_as_seq is not null;

-- A paused source stays paused across restarts until an operator resumes it.
create table source_control (
  source_id  text        primary key,
  paused     boolean     not null,
  changed_at timestamptz not null default clock_timestamp(),
  changed_by text        not null
);

-- The console searches the log by source, type and time, and marks dead letters superseded by a later
-- successful delivery of the same subject.
create index event_log_source on event_log (source, seq);
create index event_log_type on event_log (type, seq);
create index event_log_appended on event_log (appended_at);
create index delivery_sequence on delivery (agent, sequence_key, event_seq);
