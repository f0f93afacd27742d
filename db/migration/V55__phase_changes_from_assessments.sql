-- A phase change is an assessment whose phase differs from the previous one: the assessment row already holds
-- everything phase_change copied (previous_phase, phase, naik_kelas/regressed, source, assessed_on/at). phase_change
-- becomes a view over those rows, served by a partial index of the changes only, instead of a second table written
-- beside every change with three indexes and two foreign-key checks (half a million rows, a seventh of the database
-- time of a bulk re-assessment of a million businesses; docs/performance.md, issue 4, decision 66).
-- The table's rows are checked against the assessments first; any disagreement stops the migration.
DO $$
BEGIN
    IF EXISTS (SELECT 1
               FROM phase_change c
               LEFT JOIN assessment a ON a.id = c.assessment_id
               WHERE a.id IS NULL
                  OR NOT (a.naik_kelas OR a.regressed)
                  OR a.participant_id <> c.participant_id
                  OR a.previous_phase IS DISTINCT FROM c.from_phase
                  OR a.phase <> c.to_phase
                  OR (CASE WHEN a.naik_kelas THEN 'UP' ELSE 'DOWN' END) <> c.direction
                  OR a.source <> c.source
                  OR a.assessed_on <> c.changed_on
                  OR a.assessed_at <> c.changed_at)
       OR EXISTS (SELECT 1
                  FROM assessment a
                  WHERE (a.naik_kelas OR a.regressed)
                    AND NOT EXISTS (SELECT 1 FROM phase_change c WHERE c.assessment_id = a.id)) THEN
        RAISE EXCEPTION 'phase_change disagrees with the assessments it records; resolve before migrating';
    END IF;
END
$$;

DROP TABLE phase_change;

CREATE INDEX assessment_phase_change_idx ON assessment (participant_id, assessed_at DESC, id DESC)
    INCLUDE (previous_phase, phase, naik_kelas, source, assessed_on)
    WHERE naik_kelas OR regressed;

-- id is the assessment's id: readers order changes made at the same instant by it, as they did by the table's id
CREATE VIEW phase_change AS
SELECT a.id,
       a.participant_id,
       a.id AS assessment_id,
       a.previous_phase AS from_phase,
       a.phase AS to_phase,
       (CASE WHEN a.naik_kelas THEN 'UP' ELSE 'DOWN' END)::varchar(4) AS direction,
       a.source,
       a.assessed_on AS changed_on,
       a.assessed_at AS changed_at
FROM assessment a
WHERE a.naik_kelas OR a.regressed;

-- a change is made by writing an assessment; the view itself refuses to be written
CREATE FUNCTION refuse_phase_change_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'phase_change shows the assessments that moved the phase; write an assessment instead'
        USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER phase_change_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON phase_change
    FOR EACH ROW EXECUTE FUNCTION refuse_phase_change_write();
