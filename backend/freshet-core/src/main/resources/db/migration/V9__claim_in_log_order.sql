-- The dispatcher claims pending deliveries in log order and checks each one's key for an older open delivery,
-- so a claim reads a few rows however long the backlog is (it used to group every open delivery by key).
create index delivery_pending on delivery (event_seq) where status = 'PENDING';
