-- A version per term that every change to what scores the term raises, in the changing transaction itself, so
-- that the reports can keep a term's scoring inputs and scores in memory (scorecard/TermScores) and know, with one
-- read of this table, whether they still hold: on any instance, whichever code path or tool wrote the change.
-- A term without a row is at version 0. Stamps are raised by statement-level triggers with transition tables, so a
-- bulk load (COPY of the history generator) costs one update per term, not one per row.
CREATE TABLE term_stamp (
    term_id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL
);

-- Raises the stamps of the given terms that still exist, in id order so that concurrent writers queue up rather
-- than deadlock.
CREATE FUNCTION raise_term_stamps(ids BIGINT[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO term_stamp (term_id, version)
    SELECT t.id, 1 FROM term t WHERE t.id = ANY (ids) ORDER BY t.id
    ON CONFLICT (term_id) DO UPDATE SET version = term_stamp.version + 1
$$;

-- One function per table: the terms its changed rows belong to, before (old_rows) and after (new_rows) the change.
CREATE FUNCTION stamp_term() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT id FROM new_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION stamp_term_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT term_id FROM new_rows));
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT term_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION stamp_term_of_kpi() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT o.term_id FROM new_rows n JOIN objective o ON o.id = n.objective_id));
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT o.term_id FROM old_rows n JOIN objective o ON o.id = n.objective_id));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION stamp_term_of_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT DISTINCT o.term_id FROM new_rows n JOIN kpi k ON k.id = n.kpi_id
            JOIN objective o ON o.id = k.objective_id));
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT DISTINCT o.term_id FROM old_rows n JOIN kpi k ON k.id = n.kpi_id
            JOIN objective o ON o.id = k.objective_id));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION stamp_term_of_metric() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM raise_term_stamps(ARRAY(SELECT DISTINCT o.term_id FROM new_rows n JOIN kpi k ON k.metric_id = n.id
        JOIN objective o ON o.id = k.objective_id));
    RETURN NULL;
END $$;

CREATE FUNCTION stamp_term_of_cycle_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT c.term_id FROM new_rows n JOIN review_cycle c ON c.id = n.cycle_id));
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT c.term_id FROM old_rows n JOIN review_cycle c ON c.id = n.cycle_id));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION stamp_term_of_rating() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT DISTINCT c.term_id FROM new_rows n JOIN review r ON r.id = n.review_id
            JOIN review_cycle c ON c.id = r.cycle_id));
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM raise_term_stamps(ARRAY(SELECT DISTINCT c.term_id FROM old_rows n JOIN review r ON r.id = n.review_id
            JOIN review_cycle c ON c.id = r.cycle_id));
    END IF;
    RETURN NULL;
END $$;

-- PostgreSQL allows transition tables on single-event triggers only: one trigger per table and kind of change.
-- A term's own insert needs none (no stamp is version 0); its update may move its dates.
CREATE TRIGGER term_stamp_update AFTER UPDATE ON term REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term();
CREATE TRIGGER metric_stamp_update AFTER UPDATE ON metric REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_metric();

CREATE TRIGGER objective_stamp_insert AFTER INSERT ON objective REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_row();
CREATE TRIGGER objective_stamp_update AFTER UPDATE ON objective REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_row();
CREATE TRIGGER objective_stamp_delete AFTER DELETE ON objective REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_row();

CREATE TRIGGER review_cycle_stamp_insert AFTER INSERT ON review_cycle REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_row();
CREATE TRIGGER review_cycle_stamp_update AFTER UPDATE ON review_cycle
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_row();
CREATE TRIGGER review_cycle_stamp_delete AFTER DELETE ON review_cycle REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_row();

CREATE TRIGGER kpi_stamp_insert AFTER INSERT ON kpi REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_kpi();
CREATE TRIGGER kpi_stamp_update AFTER UPDATE ON kpi REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_kpi();
CREATE TRIGGER kpi_stamp_delete AFTER DELETE ON kpi REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_kpi();

-- Progress entries are append-only (V1 refuses updates and deletes), so only inserts raise a stamp.
CREATE TRIGGER progress_entry_stamp_insert AFTER INSERT ON progress_entry REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_entry();

CREATE TRIGGER cycle_reviewer_stamp_insert AFTER INSERT ON cycle_reviewer REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_cycle_row();
CREATE TRIGGER cycle_reviewer_stamp_update AFTER UPDATE ON cycle_reviewer
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_cycle_row();
CREATE TRIGGER cycle_reviewer_stamp_delete AFTER DELETE ON cycle_reviewer REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_cycle_row();

CREATE TRIGGER review_stamp_insert AFTER INSERT ON review REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_cycle_row();
CREATE TRIGGER review_stamp_update AFTER UPDATE ON review REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_cycle_row();
CREATE TRIGGER review_stamp_delete AFTER DELETE ON review REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_cycle_row();

CREATE TRIGGER rating_stamp_insert AFTER INSERT ON rating REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_rating();
CREATE TRIGGER rating_stamp_update AFTER UPDATE ON rating REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_rating();
CREATE TRIGGER rating_stamp_delete AFTER DELETE ON rating REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_term_of_rating();
