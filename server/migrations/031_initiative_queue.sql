-- The initiatives' queue as the declarations': a retry key per declarer, a pending cap per
-- declarer and municipality (server/initiativeWrite.ts), and an editor's own list by id.
ALTER TABLE initiative_declarations ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX initiative_declarations_idempotency ON initiative_declarations (declared_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX initiative_declarations_pending_by ON initiative_declarations (declared_by) WHERE state = 'pending';
CREATE INDEX initiative_declarations_declared_by ON initiative_declarations (declared_by, id);
