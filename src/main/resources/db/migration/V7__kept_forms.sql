-- A refused page form, kept for its login session and page (post/redirect/get): the page's GET shows it again
-- with its messages and status, on any instance, until the form is sent successfully, the session ends (logout,
-- or the session row goes), or it is older than 30 minutes. Only what the user typed and the messages: nothing
-- of the refused change itself.
CREATE TABLE kept_form (
    session_hash VARCHAR(64)  NOT NULL REFERENCES web_session (id_hash) ON DELETE CASCADE,
    page         VARCHAR(500) NOT NULL,
    kept_at      TIMESTAMPTZ  NOT NULL,
    form         TEXT         NOT NULL,
    PRIMARY KEY (session_hash, page)
);
CREATE INDEX kept_form_age ON kept_form (kept_at);
