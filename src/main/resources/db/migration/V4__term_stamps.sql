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

-- The trigger's argument is a query of the term ids that the rows of a transition table (%s) belong to; the rows
-- before (old_rows) and after (new_rows) the change both count.
CREATE FUNCTION stamp_terms() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
BEGIN
    IF TG_OP <> 'DELETE' THEN
        EXECUTE format('SELECT ARRAY(' || TG_ARGV[0] || ')', 'new_rows') INTO ids;
        PERFORM raise_term_stamps(ids);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        EXECUTE format('SELECT ARRAY(' || TG_ARGV[0] || ')', 'old_rows') INTO ids;
        PERFORM raise_term_stamps(ids);
    END IF;
    RETURN NULL;
END $$;

-- PostgreSQL allows transition tables on single-event triggers only: one trigger per table and kind of change. A
-- term's own insert needs none (no stamp is version 0), its update may move its dates; metrics are never deleted
-- while a KPI uses one, so only their update counts; progress entries are append-only (V1 refuses updates and
-- deletes), so only their insert counts.
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('term', 'SELECT id FROM %s', false, true, false),
            ('metric', 'SELECT DISTINCT o.term_id FROM %s n JOIN kpi k ON k.metric_id = n.id '
                || 'JOIN objective o ON o.id = k.objective_id', false, true, false),
            ('objective', 'SELECT term_id FROM %s', true, true, true),
            ('review_cycle', 'SELECT term_id FROM %s', true, true, true),
            ('kpi', 'SELECT o.term_id FROM %s n JOIN objective o ON o.id = n.objective_id', true, true, true),
            ('progress_entry', 'SELECT DISTINCT o.term_id FROM %s n JOIN kpi k ON k.id = n.kpi_id '
                || 'JOIN objective o ON o.id = k.objective_id', true, false, false),
            ('cycle_reviewer', 'SELECT c.term_id FROM %s n JOIN review_cycle c ON c.id = n.cycle_id', true, true, true),
            ('review', 'SELECT c.term_id FROM %s n JOIN review_cycle c ON c.id = n.cycle_id', true, true, true),
            ('rating', 'SELECT DISTINCT c.term_id FROM %s n JOIN review r ON r.id = n.review_id '
                || 'JOIN review_cycle c ON c.id = r.cycle_id', true, true, true)) AS v (tbl, terms, ins, upd, del)
    LOOP
        IF t.ins THEN
            EXECUTE format('CREATE TRIGGER %1$s_stamp_insert AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION stamp_terms(%2$L)', t.tbl, t.terms);
        END IF;
        IF t.upd THEN
            EXECUTE format('CREATE TRIGGER %1$s_stamp_update AFTER UPDATE ON %1$I REFERENCING NEW TABLE AS new_rows '
                || 'OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stamp_terms(%2$L)', t.tbl, t.terms);
        END IF;
        IF t.del THEN
            EXECUTE format('CREATE TRIGGER %1$s_stamp_delete AFTER DELETE ON %1$I REFERENCING OLD TABLE AS old_rows '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION stamp_terms(%2$L)', t.tbl, t.terms);
        END IF;
    END LOOP;
END $$;
