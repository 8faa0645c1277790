-- The Kafka transport's outbox: an append writes a row here for each event that some agent handles (in the
-- statement that appends it), and a relay publishes the rows to the topic and deletes them once the broker has
-- acknowledged them. agent is set for an operator's replay, which goes to that agent only.
create table event_outbox (
    id         bigserial primary key,
    event_seq  bigint      not null references event_log (seq),
    agent      text,
    created_at timestamptz not null default clock_timestamp()
);
