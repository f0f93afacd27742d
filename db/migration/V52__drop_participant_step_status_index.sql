-- participant_step is moved on by every assessment (a bulk re-assessment changes a few steps of each of a million
-- participants). An index on its status made every such change write new index entries and kept the updates
-- from staying on their page (HOT); nothing reads the table by status alone: the search asks per participant
-- (the primary key) and the dashboard summaries read it whole.
DROP INDEX participant_step_status_idx;
