-- Secrets a source learned at run time (Notion's webhook verification token), encrypted with AES-256-GCM
-- under a key that is not in this database (freshet.security.secret-key or <data-dir>/secret.key). The
-- source id and name are the authenticated data, so a ciphertext cannot be moved to another row.
create table source_secret (
  source_id   text        not null,
  name        text        not null,
  nonce       bytea       not null,
  ciphertext  bytea       not null,
  created_at  timestamptz not null default clock_timestamp(),
  revealed_at timestamptz,
  revealed_by text,
  primary key (source_id, name)
);
