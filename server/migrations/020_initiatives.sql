-- Initiatives declared through the register (issue 24): an editor declares one for their
-- municipalities, a moderator approves it with a review state, rejects it with a reason, or
-- archives it when it has ended; an editor confirms "still running". Approved rows are in the
-- snapshot's initiatives.csv, with ids reg-i<id> (origin "register").
CREATE TABLE initiative_declarations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- 2025 NIS codes, all of them the declaring editor's.
  municipalities jsonb NOT NULL,
  -- One initiatives row of the import schema, as validated by the import (column → value).
  initiative jsonb NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected', 'archived')),
  review_state text CHECK (review_state IN ('described', 'checked', 'evaluated')),
  confirmed_on date,
  declared_by integer NOT NULL REFERENCES users (id),
  declared_at timestamptz NOT NULL DEFAULT now(),
  decided_by integer REFERENCES users (id),
  decided_at timestamptz,
  reason text
);
CREATE INDEX initiative_declarations_state ON initiative_declarations (state, id);
-- The application's role (001_register.sql) changes rows, never the table; no DELETE: an ended
-- initiative is archived, not removed.
GRANT SELECT, INSERT, UPDATE ON initiative_declarations TO livcr_app;
