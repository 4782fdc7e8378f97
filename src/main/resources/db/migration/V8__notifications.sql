-- Notifications (SPEC.md "Notifications and reminders"): each user's address, language and e-mail preferences.
ALTER TABLE app_user
    ADD COLUMN email               VARCHAR(254) CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
    ADD COLUMN language            VARCHAR(8)   NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh-CN')),
    ADD COLUMN email_notifications BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN digest              BOOLEAN      NOT NULL DEFAULT TRUE;

-- One notification of one user: in-app always, and an e-mail when `mail` is not NONE. What it says is kept as
-- facts (group, term, cycle, person, count, reason, due day) and worded when shown, in the reader's language.
-- A reminder of the daily job carries the day it is for: the unique index below is what makes the same reminder
-- (user, kind, subject) go out at most once a day, however many instances run the job and however often.
-- mail: NONE (no e-mail wanted or possible), PENDING (to send; a failed send stays PENDING for the next run),
-- SENDING (claimed by one instance since mail_claimed_at), SENT, FAILED (given up after too many attempts).
CREATE TABLE notification (
    id              BIGSERIAL PRIMARY KEY,
    user_id         BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind            VARCHAR(32)   NOT NULL,
    subject_type    VARCHAR(8)    NOT NULL CHECK (subject_type IN ('term', 'cycle')),
    subject_id      BIGINT        NOT NULL,
    link            VARCHAR(200)  NOT NULL,
    group_code      VARCHAR(20),
    term_label      VARCHAR(40),
    cycle_name      VARCHAR(80),
    person          VARCHAR(120),
    count           INT,
    reason          VARCHAR(2000),
    due             DATE,
    reminder_day    DATE,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    read_at         TIMESTAMPTZ,
    mail            VARCHAR(8)    NOT NULL CHECK (mail IN ('NONE', 'PENDING', 'SENDING', 'SENT', 'FAILED')),
    mail_claimed_at TIMESTAMPTZ,
    mail_attempts   INT           NOT NULL DEFAULT 0,
    mail_error      VARCHAR(500),
    mailed_at       TIMESTAMPTZ
);
CREATE UNIQUE INDEX notification_once_a_day ON notification (user_id, kind, subject_type, subject_id, reminder_day)
    WHERE reminder_day IS NOT NULL;
CREATE INDEX notification_inbox ON notification (user_id, id);
CREATE INDEX notification_unread ON notification (user_id) WHERE read_at IS NULL;
CREATE INDEX notification_mail_due ON notification (user_id) WHERE mail IN ('PENDING', 'SENDING');
-- system/Housekeeping deletes notifications read more than a year ago.
CREATE INDEX notification_read ON notification (read_at) WHERE read_at IS NOT NULL;
