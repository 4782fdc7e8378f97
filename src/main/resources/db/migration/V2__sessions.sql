-- A form login's server-side half: the session cookie alone cannot be revoked, so every page request also
-- shows this row's id (as a SHA-256 hash here); logout ends it, and it expires after an absolute lifetime.
CREATE TABLE web_session (
    id_hash      VARCHAR(64)  PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    last_seen_at TIMESTAMPTZ  NOT NULL,
    ended_at     TIMESTAMPTZ
);
CREATE INDEX web_session_user ON web_session (username, created_at);

-- Wrong passwords per tried name, counted to slow down password guessing.
CREATE TABLE login_failure (
    id       BIGSERIAL    PRIMARY KEY,
    username VARCHAR(64)  NOT NULL,
    at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_failure_user ON login_failure (username, at);
