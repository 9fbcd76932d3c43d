-- A leaf is found by its event's position, no longer by its event id. Event ids are random UUIDs: each leaf the
-- integrator wrote landed on a random page of the event_id index, which cost as much as the leaf row and its other
-- index together (100,000 leaves: about 0.9 s with it, 0.45 s with a position index instead). Positions only grow, so
-- their index is appended at its right edge. An event is still taken in at most once: its position and id determine
-- each other in mt_events, and verify matches each leaf's position and id with its event's. A lookup by event id
-- goes through mt_events' own index on id.
ALTER TABLE ledger.merkle_leaves ADD CONSTRAINT merkle_leaves_position_key UNIQUE (position);
ALTER TABLE ledger.merkle_leaves DROP CONSTRAINT merkle_leaves_event_id_key;
