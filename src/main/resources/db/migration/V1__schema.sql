-- Termboard schema: every entity of SPEC.md "Domain". Rules that the database can hold are held here too.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  VARCHAR(120) NOT NULL CHECK (length(trim(display_name)) > 0),
    password_hash VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(16) NOT NULL CHECK (role IN ('ADMIN', 'EXECUTIVE', 'PRESIDENT', 'REVIEWER')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE business_group (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(20)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    name        VARCHAR(120)  NOT NULL CHECK (length(trim(name)) > 0),
    description VARCHAR(2000) NOT NULL DEFAULT '',
    term_months INT           NOT NULL DEFAULT 6 CHECK (term_months BETWEEN 1 AND 24),
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    version     BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE business_unit (
    id       BIGSERIAL PRIMARY KEY,
    group_id BIGINT       NOT NULL REFERENCES business_group (id) ON DELETE CASCADE,
    position INT          NOT NULL,
    name     VARCHAR(120) NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (group_id, name)
);

CREATE TABLE metric (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(40)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    name        VARCHAR(120)  NOT NULL CHECK (length(trim(name)) > 0),
    unit        VARCHAR(20)   NOT NULL,
    direction   VARCHAR(20)   NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    aggregation VARCHAR(10)   NOT NULL CHECK (aggregation IN ('LATEST', 'SUM', 'AVERAGE')),
    description VARCHAR(2000) NOT NULL DEFAULT '',
    version     BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE term (
    id           BIGSERIAL PRIMARY KEY,
    group_id     BIGINT        NOT NULL REFERENCES business_group (id),
    president_id BIGINT        NOT NULL REFERENCES app_user (id),
    sequence_no  INT           NOT NULL CHECK (sequence_no >= 1),
    label        VARCHAR(40)   NOT NULL CHECK (length(trim(label)) > 0),
    start_date   DATE          NOT NULL,
    end_date     DATE          NOT NULL,
    plan_status  VARCHAR(12)   NOT NULL DEFAULT 'DRAFT' CHECK (plan_status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    plan_note    VARCHAR(2000),
    closed_at    TIMESTAMPTZ,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT term_dates CHECK (end_date > start_date),
    CONSTRAINT term_sequence UNIQUE (group_id, sequence_no),
    -- Terms of one group never overlap (inclusive date ranges).
    CONSTRAINT term_no_overlap EXCLUDE USING gist (
        group_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
);
CREATE INDEX term_president ON term (president_id, start_date);
CREATE INDEX term_dates_idx ON term (start_date, end_date);

CREATE TABLE objective (
    id           BIGSERIAL PRIMARY KEY,
    term_id      BIGINT        NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    title        VARCHAR(200)  NOT NULL CHECK (length(trim(title)) > 0),
    description  VARCHAR(4000) NOT NULL DEFAULT '',
    weight       INT           NOT NULL CHECK (weight BETWEEN 1 AND 100),
    perspective  VARCHAR(40)   NOT NULL,
    continues_id BIGINT        REFERENCES objective (id) ON DELETE SET NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX objective_term ON objective (term_id, position);
CREATE INDEX objective_continues ON objective (continues_id);

CREATE TABLE kpi (
    id           BIGSERIAL PRIMARY KEY,
    objective_id BIGINT         NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    metric_id    BIGINT         NOT NULL REFERENCES metric (id),
    position     INT            NOT NULL,
    baseline     NUMERIC(24, 6),
    target       NUMERIC(24, 6) NOT NULL,
    weight       INT            NOT NULL CHECK (weight BETWEEN 1 AND 100),
    version      BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT kpi_target_differs CHECK (baseline IS NULL OR baseline <> target)
);
CREATE INDEX kpi_objective ON kpi (objective_id, position);
CREATE INDEX kpi_metric ON kpi (metric_id);

-- Append-only: a correction is a new row that names the row it supersedes.
CREATE TABLE progress_entry (
    id              BIGSERIAL PRIMARY KEY,
    kpi_id          BIGINT         NOT NULL REFERENCES kpi (id),
    as_of           DATE           NOT NULL,
    value           NUMERIC(24, 6) NOT NULL,
    comment         VARCHAR(2000)  NOT NULL DEFAULT '',
    confidence      INT            CHECK (confidence BETWEEN 1 AND 5),
    supersedes_id   BIGINT         UNIQUE REFERENCES progress_entry (id),
    entered_by_id   BIGINT         NOT NULL REFERENCES app_user (id),
    entered_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT progress_not_self CHECK (supersedes_id IS NULL OR supersedes_id <> id)
);
CREATE INDEX progress_kpi ON progress_entry (kpi_id, as_of, entered_at);

CREATE TABLE review_cycle (
    id        BIGSERIAL PRIMARY KEY,
    term_id   BIGINT      NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    name      VARCHAR(80) NOT NULL CHECK (length(trim(name)) > 0),
    opens_on  DATE        NOT NULL,
    closes_on DATE        NOT NULL,
    final     BOOLEAN     NOT NULL DEFAULT FALSE,
    version   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT cycle_window CHECK (closes_on >= opens_on)
);
CREATE UNIQUE INDEX review_cycle_one_final ON review_cycle (term_id) WHERE final;
CREATE INDEX review_cycle_term ON review_cycle (term_id, closes_on);
CREATE INDEX review_cycle_window ON review_cycle (opens_on, closes_on);

CREATE TABLE cycle_reviewer (
    cycle_id             BIGINT  NOT NULL REFERENCES review_cycle (id) ON DELETE CASCADE,
    reviewer_id          BIGINT  NOT NULL REFERENCES app_user (id),
    conflict_of_interest BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (cycle_id, reviewer_id)
);
CREATE INDEX cycle_reviewer_reviewer ON cycle_reviewer (reviewer_id);

CREATE TABLE review (
    id           BIGSERIAL PRIMARY KEY,
    cycle_id     BIGINT        NOT NULL,
    reviewer_id  BIGINT        NOT NULL,
    status       VARCHAR(10)   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED')),
    comment      VARCHAR(4000) NOT NULL DEFAULT '',
    submitted_at TIMESTAMPTZ,
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT review_once UNIQUE (cycle_id, reviewer_id),
    CONSTRAINT review_assigned FOREIGN KEY (cycle_id, reviewer_id) REFERENCES cycle_reviewer (cycle_id, reviewer_id),
    CONSTRAINT review_submitted_at CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);
CREATE INDEX review_reviewer ON review (reviewer_id);

CREATE TABLE rating (
    id           BIGSERIAL PRIMARY KEY,
    review_id    BIGINT        NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    objective_id BIGINT        NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    rating       INT           CHECK (rating BETWEEN 1 AND 5),
    comment      VARCHAR(2000) NOT NULL DEFAULT '',
    CONSTRAINT rating_once UNIQUE (review_id, objective_id)
);
CREATE INDEX rating_objective ON rating (objective_id);

CREATE TABLE handover (
    id            BIGSERIAL PRIMARY KEY,
    term_id       BIGINT      NOT NULL UNIQUE REFERENCES term (id) ON DELETE CASCADE,
    note          TEXT        NOT NULL DEFAULT '' CHECK (length(note) <= 20000),
    updated_by_id BIGINT      REFERENCES app_user (id),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT      NOT NULL DEFAULT 0
);

-- One row per objective of the outgoing term: the outgoing president's recommendation and the
-- incoming president's decision.
CREATE TABLE handover_item (
    id                BIGSERIAL PRIMARY KEY,
    objective_id      BIGINT        NOT NULL UNIQUE REFERENCES objective (id) ON DELETE CASCADE,
    recommendation    VARCHAR(12)   CHECK (recommendation IN ('CARRY_OVER', 'CLOSE')),
    decision          VARCHAR(12)   CHECK (decision IN ('CARRY_OVER', 'DROP')),
    reason            VARCHAR(2000),
    new_objective_id  BIGINT        REFERENCES objective (id) ON DELETE SET NULL,
    decided_by_id     BIGINT        REFERENCES app_user (id),
    decided_at        TIMESTAMPTZ,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT handover_drop_reason CHECK (decision IS DISTINCT FROM 'DROP' OR length(trim(reason)) > 0),
    CONSTRAINT handover_decided CHECK ((decision IS NULL) = (decided_at IS NULL))
);

CREATE TABLE audit_entry (
    id        BIGSERIAL PRIMARY KEY,
    at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor     VARCHAR(64),
    action    VARCHAR(20)  NOT NULL,
    entity    VARCHAR(40)  NOT NULL,
    entity_id BIGINT,
    before    JSONB,
    after     JSONB,
    detail    VARCHAR(2000)
);
CREATE INDEX audit_entity ON audit_entry (entity, entity_id, at);
CREATE INDEX audit_at ON audit_entry (at);

-- A repeated create with the same Idempotency-Key answers as the first one did.
CREATE TABLE idempotency_record (
    username    VARCHAR(64)  NOT NULL,
    key         VARCHAR(100) NOT NULL,
    request     VARCHAR(300) NOT NULL,
    status      INT          NOT NULL,
    location    VARCHAR(300),
    body        TEXT,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, key)
);

-- Append-only tables refuse UPDATE and DELETE whoever asks.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER progress_entry_append_only BEFORE UPDATE OR DELETE ON progress_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER progress_entry_no_truncate BEFORE TRUNCATE ON progress_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
