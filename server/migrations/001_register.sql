-- The register: accounts, invitations, sessions, declarations, published statements, audit.
-- Runs unchanged on PostgreSQL and PGlite. Integer ids and jsonb lists read the same in both drivers.

CREATE TABLE users (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The only personal data the register keeps: the account's e-mail, lower-cased.
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'moderator', 'editor')),
  -- An editor's municipalities, as 2025 NIS codes.
  municipalities jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invitations (
  -- SHA-256 of the one-time token: the token itself is shown once and never stored.
  token_hash text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('admin', 'moderator', 'editor')),
  municipalities jsonb NOT NULL DEFAULT '[]',
  created_by integer NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_by integer REFERENCES users (id),
  accepted_at timestamptz
);

CREATE TABLE sessions (
  -- SHA-256 of the cookie's random id: a copy of the table signs no one in.
  id_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE declarations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  nis text NOT NULL,
  -- One cells row of the import schema, as validated by the import (column → value).
  cell jsonb NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
  declared_by integer NOT NULL REFERENCES users (id),
  declared_at timestamptz NOT NULL DEFAULT now(),
  decided_by integer REFERENCES users (id),
  decided_at timestamptz,
  reason text
);
CREATE INDEX declarations_state ON declarations (state, id);
CREATE INDEX declarations_declared_by ON declarations (declared_by, id);

-- What approvals published: dated statements, as rows of the cells file.
CREATE TABLE statements (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_id integer NOT NULL UNIQUE REFERENCES declarations (id),
  cell jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);

-- One row: the publication's version, bumped by every approval, keys the snapshot cache and ETag.
CREATE TABLE publication (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version integer NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO publication (version) VALUES (0);

CREATE TABLE audit (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor integer REFERENCES users (id),
  action text NOT NULL,
  subject text,
  detail jsonb NOT NULL DEFAULT '{}'
);

-- Append-only, whoever asks (even the owner): a trigger refuses UPDATE, DELETE and TRUNCATE.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- The application's role owns nothing and, on the audit table, may only read and append.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'livcr_app') THEN
    CREATE ROLE livcr_app NOLOGIN;
  END IF;
  EXECUTE format('GRANT livcr_app TO %I', current_user);
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO livcr_app', current_schema());
END;
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, invitations, sessions, declarations, statements, publication TO livcr_app;
GRANT SELECT, INSERT ON audit TO livcr_app;
GRANT SELECT ON schema_migrations TO livcr_app;
