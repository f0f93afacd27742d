-- The timeline shows phase changes from phase_change, where the assessment module records each one, instead of a
-- copy in participant_timeline (half a million copies in a bulk re-assessment of a million businesses;
-- docs/performance.md, issue 4, decision 65). The copies made so far go; a copy without its phase change (none is
-- expected) stays, so nothing disappears from anyone's timeline.
DELETE FROM participant_timeline t
USING phase_change c
WHERE t.kind = 'PHASE_CHANGED'
  AND c.participant_id = t.participant_id
  AND c.changed_at = t.occurred_at
  AND t.args = ARRAY[c.from_phase, c.to_phase]::text[];
