-- Views the assessment module publishes for other modules' SQL (declared with @PublishedViews on
-- assessment/package-info.java, beside the existing view phase_change). Plain projections: PostgreSQL inlines them.

-- where each participant stands now: phase and the 7 steps' status (assessment_current)
CREATE VIEW assessment_standing AS
SELECT participant_id, assessment_id, phase, step_status
FROM assessment_current;

-- the size class each stored assessment found
CREATE VIEW assessment_size_class AS
SELECT id, size_class
FROM assessment;

-- when steps were reported done by other modules
CREATE VIEW step_completion_time AS
SELECT participant_id, completed_at
FROM participant_step_completion;
