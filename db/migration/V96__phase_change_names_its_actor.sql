-- Issue 18: the timeline credits a phase change to whoever made the assessment (the entrepreneur's questionnaire, an
-- officer's or a mentor's visit; null for the portal's own re-assessment), where it said "portal" for all. An
-- officer's override is shown from the timeline's own OVERRIDE entry (with the reason), so the timeline leaves
-- source OVERRIDE out of this view's rows. The column is added at the end, so the view's readers are unchanged.
CREATE OR REPLACE VIEW phase_change AS
SELECT a.id,
       a.participant_id,
       a.id AS assessment_id,
       a.previous_phase AS from_phase,
       a.phase AS to_phase,
       (CASE WHEN a.naik_kelas THEN 'UP' ELSE 'DOWN' END)::varchar(4) AS direction,
       a.source,
       a.assessed_on AS changed_on,
       a.assessed_at AS changed_at,
       a.assessed_by AS actor_id
FROM assessment a
WHERE a.naik_kelas OR a.regressed;

-- The mentor's view plans a mentee's steps as /me does: after an officer's override, the overridden track's focus
-- steps first. participant_standing says whether the current result is an override (a column added at the end).
CREATE OR REPLACE VIEW participant_standing AS
SELECT c.participant_id, c.assessment_id, c.phase, c.track, c.priority, c.policy_version, c.assessed_at,
       c.waiting_since, c.step_status, a.size_class, (a.overridden_by IS NOT NULL) AS overridden
FROM assessment_current c
LEFT JOIN assessment a ON a.id = c.assessment_id;

-- The overrides made before this migration get their timeline entry too (the timeline now leaves the override rows
-- of phase_change out): the officer, the phases and tracks before and after, the reason.
INSERT INTO participant_timeline (participant_id, kind, args, actor_id, occurred_at)
SELECT a.participant_id, 'OVERRIDE',
       ARRAY[coalesce(a.previous_phase, a.phase), a.phase, coalesce(b.track, a.track), a.track, a.override_reason]::text[],
       a.assessed_by, a.assessed_at
FROM assessment a
LEFT JOIN LATERAL (SELECT p.track FROM assessment p
                   WHERE p.participant_id = a.participant_id AND p.id < a.id
                   ORDER BY p.id DESC LIMIT 1) b ON true
WHERE a.source = 'OVERRIDE';
