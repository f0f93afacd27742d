-- Where each participant stands on the 7 steps moves into their current-assessment row, which every assessment
-- rewrites anyway: a changed step no longer costs an update of its own row (1.8 rows per participant in a bulk
-- re-assessment, about a fifth of the database's work; docs/performance.md, issue 4, decision 65).
-- Element i of each array is step P<i>.
ALTER TABLE assessment_current
    ADD COLUMN step_status   varchar(10)[],
    ADD COLUMN step_evidence text[],
    -- when the step got its status
    ADD COLUMN step_since    timestamptz[];

UPDATE assessment_current c
SET step_status   = s.status,
    step_evidence = s.evidence,
    step_since    = s.since
FROM (SELECT c2.participant_id,
             array_agg(coalesce(ps.status, 'NEEDED') ORDER BY n.i)        AS status,
             array_agg(ps.evidence ORDER BY n.i)                          AS evidence,
             array_agg(coalesce(ps.since, c2.assessed_at) ORDER BY n.i)   AS since
      FROM assessment_current c2
      CROSS JOIN generate_series(1, 7) AS n(i)
      LEFT JOIN participant_step ps ON ps.participant_id = c2.participant_id AND ps.step = 'P' || n.i
      GROUP BY c2.participant_id) s
WHERE s.participant_id = c.participant_id;

-- Every step is needed until an assessment says otherwise (as when the step rows did not exist yet); the portal's
-- writer always sets all three.
ALTER TABLE assessment_current
    ALTER COLUMN step_status SET DEFAULT '{NEEDED,NEEDED,NEEDED,NEEDED,NEEDED,NEEDED,NEEDED}',
    ALTER COLUMN step_evidence SET DEFAULT '{NULL,NULL,NULL,NULL,NULL,NULL,NULL}',
    ALTER COLUMN step_since SET DEFAULT array_fill(now(), ARRAY[7]),
    ALTER COLUMN step_status SET NOT NULL,
    ALTER COLUMN step_evidence SET NOT NULL,
    ALTER COLUMN step_since SET NOT NULL,
    ADD CONSTRAINT assessment_current_steps_ck CHECK (
        cardinality(step_status) = 7 AND cardinality(step_evidence) = 7 AND cardinality(step_since) = 7
        AND step_status <@ ARRAY['NEEDED', 'RECOGNISED', 'COMPLETED']::varchar(10)[]
        AND array_position(step_status, NULL) IS NULL AND array_position(step_since, NULL) IS NULL);

DROP TABLE participant_step;

-- The steps one row each, as search, dashboards and mentors' lists read them.
CREATE VIEW participant_step AS
SELECT c.participant_id, ('P' || s.i)::varchar(2) AS step, s.status, s.evidence, s.since
FROM assessment_current c
CROSS JOIN LATERAL unnest(c.step_status, c.step_evidence, c.step_since) WITH ORDINALITY AS s(status, evidence, since, i);
