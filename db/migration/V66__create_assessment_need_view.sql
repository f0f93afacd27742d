-- Published by assessment (see its package-info @PublishedViews): what each participant's current assessment says
-- they need: their phase, the mentoring track and its priority, and since when they have been waiting for a mentor
-- (null when P3 Pendampingan is not needed). A plain projection of assessment_current, inlined by PostgreSQL, so the
-- mentor queue's keyset reads still use the index on (track, waiting_since, participant_id).
CREATE VIEW assessment_need AS
SELECT participant_id, phase, track, priority, waiting_since
FROM assessment_current;
