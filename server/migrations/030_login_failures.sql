-- Failed sign-ins per account, kept in the database so that every process of one register
-- counts the same failures (limits.ts AccountLimit): two instances must not double the allowance.
CREATE TABLE login_failures (
  email text PRIMARY KEY,
  failures integer NOT NULL,
  until timestamptz NOT NULL
);
CREATE INDEX login_failures_until ON login_failures (until);
GRANT SELECT, INSERT, UPDATE, DELETE ON login_failures TO livcr_app;
