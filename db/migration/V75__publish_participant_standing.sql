-- Views the assessment module publishes for other modules' SQL (issue 14: a module's SQL reads only its own tables
-- or views their owner publishes; see @PublishedViews on id.jakpreneur.portal.assessment).

-- Where each participant stands now: phase, track, priority, since when mentoring (P3) waits, the 7 steps' status
-- (P1..P7), and the size class of the assessment that put them there. For the mentor queue and suggestions, the
-- mentors' mentee lists and the dashboards. The left join on the primary key is removed by the planner when a query
-- does not read size_class, so the view costs what assessment_current costs.
CREATE VIEW participant_standing AS
SELECT c.participant_id,
       c.assessment_id,
       c.phase,
       c.track,
       c.priority,
       c.policy_version,
       c.assessed_at,
       c.waiting_since,
       c.step_status,
       a.size_class
FROM assessment_current c
LEFT JOIN assessment a ON a.id = c.assessment_id;

-- Steps completed inside the programme, as other modules reported them (StepCompleted), for the dashboards' "last
-- movement".
CREATE VIEW step_completion AS
SELECT participant_id, step, evidence, completed_at
FROM participant_step_completion;
