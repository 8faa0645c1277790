-- Each captured table's columns as the source saw them, one row per version.
create table source_schema (
  source        text        not null,
  table_name    text        not null,
  version       int         not null,
  columns       jsonb       not null,
  key_columns   jsonb       not null,
  problems      jsonb       not null,
  fingerprint   text        not null,
  first_seen_at timestamptz not null,
  event_id      text        not null,
  recorded_at   timestamptz not null default clock_timestamp(),
  primary key (source, table_name, version)
);
