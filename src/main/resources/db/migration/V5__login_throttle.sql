-- Login budgets (session/LoginThrottle): one row per key, 'a:<address>', 'n:<name>' or 'p:<name> <address>'.
-- A password check is reserved here (checks + 1) before bcrypt runs, in one statement per key under its row
-- lock, so parallel requests and several instances share the count. A window that ends with its budget spent
-- makes the next one twice as long (strikes).
CREATE TABLE login_throttle (
    key        VARCHAR(160) PRIMARY KEY,
    username   VARCHAR(64),
    window_end TIMESTAMPTZ  NOT NULL,
    checks     INTEGER      NOT NULL,
    strikes    INTEGER      NOT NULL
);
CREATE INDEX login_throttle_window ON login_throttle (window_end);

-- The failure log it replaces: counting rows after the fact let parallel requests all pass the check.
DROP TABLE login_failure;
