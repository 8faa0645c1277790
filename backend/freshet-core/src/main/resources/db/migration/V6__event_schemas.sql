-- The event schema catalogue: the JSON Schema registered for each (type, version), so a later start can tell
-- whether a schema changed without a new version.
create table event_schema (
  type          text        not null,
  version       int         not null,
  schema        jsonb       not null,
  fingerprint   text        not null,
  compatibility text        not null,
  description   text        not null,
  registered_at timestamptz not null default clock_timestamp(),
  updated_at    timestamptz not null default clock_timestamp(),
  primary key (type, version)
);
-- Events that broke their schema are dead letters without a log entry; find them by event id.
create index dead_letter_external on dead_letter (external_id) where external_id is not null;
-- Which version of an agent a delivery was planned for, so the catalogue can tell which agent versions
-- processed which event versions.
alter table delivery add column agent_version text not null default '1';
