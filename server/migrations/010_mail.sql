-- Issue 22: the register reaches the municipalities. An outbox of mails written in the same
-- transaction as what they announce; invitations addressed to an e-mail; password resets;
-- access requests; disabled accounts. Runs unchanged on PostgreSQL and PGlite.

-- Each mail, rendered, in the recipient's language. event_key names the event it announces, so
-- that one event never queues two mails. The sender sets state; the body is cleared once sent,
-- so that a copy of the table holds no live link.
CREATE TABLE outbox (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_key text NOT NULL UNIQUE,
  kind text NOT NULL,
  recipient text NOT NULL,
  language text NOT NULL CHECK (language IN ('nl', 'fr', 'de', 'en')),
  subject text NOT NULL,
  body_text text,
  body_html text,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_recipient ON outbox (recipient, kind, created_at);

-- An invitation may be addressed to one e-mail, in one language; it can be revoked, and its
-- token replaced (re-sent, renewed): the id names it without the secret.
ALTER TABLE invitations ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE invitations ADD COLUMN email text;
ALTER TABLE invitations ADD COLUMN language text;
ALTER TABLE invitations ADD COLUMN revoked_at timestamptz;
ALTER TABLE invitations ADD COLUMN sent_at timestamptz;
CREATE INDEX invitations_email ON invitations (email);

ALTER TABLE users ADD COLUMN language text;
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
ALTER TABLE users ADD COLUMN last_login_at timestamptz;

CREATE TABLE password_resets (
  -- SHA-256 of the one-time token, as for invitations.
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_resets_user ON password_resets (user_id, created_at);

-- A coordinator asks for access: an e-mail, municipalities and a function in words, no name.
CREATE TABLE access_requests (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  municipalities jsonb NOT NULL,
  function text NOT NULL,
  language text NOT NULL,
  -- SHA-256 of the confirmation token sent to the e-mail.
  token_hash text NOT NULL UNIQUE,
  state text NOT NULL DEFAULT 'unconfirmed'
    CHECK (state IN ('unconfirmed', 'confirmed', 'approved', 'rejected')),
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  decided_by integer REFERENCES users (id),
  decided_at timestamptz,
  reason text
);
CREATE INDEX access_requests_state ON access_requests (state, id);

GRANT SELECT, INSERT, UPDATE, DELETE ON outbox, password_resets, access_requests TO livcr_app;
