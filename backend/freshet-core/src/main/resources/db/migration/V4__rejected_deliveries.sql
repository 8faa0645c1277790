-- A webhook delivery that was signed but could not be understood becomes a dead letter too; it has no
-- event and no agent delivery, only the source, the provider's delivery id and the raw payload.
alter table dead_letter alter column delivery_id drop not null;
alter table dead_letter alter column event_seq drop not null;
alter table dead_letter add column source text;
alter table dead_letter add column external_id text;
alter table dead_letter add column payload bytea;
