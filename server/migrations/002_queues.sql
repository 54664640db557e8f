-- Issue 21: queues that scale. A declaration may carry its client's Idempotency-Key (a retry finds
-- the declaration its first try stored); pending declarations are counted per editor and municipality
-- (the pending cap); the queue pages by id within a state.
ALTER TABLE declarations ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX declarations_idempotency ON declarations (declared_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX declarations_pending_by ON declarations (declared_by, nis) WHERE state = 'pending';
