-- Views the assessment module publishes for other modules' read models (declared with @PublishedViews on
-- assessment/package-info.java, beside the existing views participant_step and phase_change).

-- Where each participant stands now, with the size class of the assessment that put them there. The join is a
-- left join on the assessment's primary key, which PostgreSQL removes when a query does not read size_class.
CREATE VIEW participant_standing AS
SELECT c.participant_id, c.assessment_id, c.phase, c.track, c.priority, c.policy_version, c.assessed_at,
       c.waiting_since, c.step_status, a.size_class
FROM assessment_current c
LEFT JOIN assessment a ON a.id = c.assessment_id;

-- Steps other modules reported completed (P2 certificate, P4 licences, P5 first sale, P6 reports, P7 capital).
CREATE VIEW step_completion AS
SELECT participant_id, step, evidence, completed_at
FROM participant_step_completion;

COMMENT ON VIEW participant_standing IS 'Published by assessment: current phase, track, priority, steps and size class.';
COMMENT ON VIEW step_completion IS 'Published by assessment: steps completed inside the programme, with evidence.';
