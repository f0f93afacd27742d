-- Every assessment moves participant_step and assessment_current on; a bulk re-assessment does it for a million
-- participants, so what each change costs counts (docs/performance.md, issue 4).

-- An index on the step's status made every status change write new index entries and kept the update from
-- staying on its page (HOT). Nothing reads the table by status alone: the search asks per participant (the
-- primary key) and the dashboard summaries read it whole.
DROP INDEX participant_step_status_idx;

-- Phase and track of the current assessment are checked against their codes, as the assessment's own columns are
-- (AssessmentRecordsTests keeps the codes and the reference tables in step), instead of a foreign-key lookup in
-- the reference tables on every change.
ALTER TABLE assessment_current
    DROP CONSTRAINT assessment_current_phase_fkey,
    DROP CONSTRAINT assessment_current_track_fkey,
    ADD CONSTRAINT assessment_current_phase_ck
        CHECK (phase IN ('IDEA', 'EARLY', 'GROWING', 'SCALING', 'GRADUATED')),
    ADD CONSTRAINT assessment_current_track_ck
        CHECK (track IN ('IDEA_TO_BUSINESS', 'LEGALITY_AND_STANDARDS', 'MARKETING_AND_DIGITAL',
                         'FINANCE_AND_BOOKKEEPING', 'CAPITAL_ACCESS', 'EXPANSION'));

-- Phase changes by date were read through this index before the dashboards moved to their summaries, which read
-- the table whole; every phase change still wrote into it, all on the same page (today's date).
DROP INDEX phase_change_date_idx;

-- From this version on, steps and reasons are stored without field names (about half the row); assessments
-- stored before keep the shapes V11 describes and are read as they are (an assessment is never rewritten).
COMMENT ON COLUMN assessment.steps IS
    'P1..P7 in order, each [status] or [status, evidence]: [["COMPLETED"],["RECOGNISED","NIB 9120..."],...]; '
    'older rows: [{"step":"P1","status":"COMPLETED","evidence":null},...]';
COMMENT ON COLUMN assessment.reasons IS
    'In the order the rules fired, each [rule, message key after "assessment.reason.", args...]; '
    'older rows: [{"rule":"phase.growing","key":"assessment.reason.phaseGrowing","args":[]},...]';
