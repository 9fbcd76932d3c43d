-- A leaf's position needs no unique index of its own: nothing looks a leaf up by position, and an event is taken in at
-- most once already by the unique event_id (an event's id and position determine each other in mt_events). Every leaf
-- the integrator writes paid for a third index; verify still matches each leaf's position with its event's.
ALTER TABLE ledger.merkle_leaves DROP CONSTRAINT merkle_leaves_position_key;
