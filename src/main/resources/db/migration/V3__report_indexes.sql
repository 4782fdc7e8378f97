-- Reports summarise each KPI's entries in SQL (scorecard/EntrySummaries): one range scan per KPI of an index that
-- holds every column they read (index-only, whatever the heap order years of weekly entries leave), and corrections
-- found through a small partial index instead of probing for each entry. The covering index replaces progress_kpi,
-- whose columns it starts with, so a progress POST maintains no more indexes than before.
CREATE INDEX progress_kpi_covering ON progress_entry (kpi_id, as_of, entered_at, id) INCLUDE (value, supersedes_id);
CREATE INDEX progress_corrections ON progress_entry (kpi_id) INCLUDE (supersedes_id) WHERE supersedes_id IS NOT NULL;
DROP INDEX progress_kpi;
