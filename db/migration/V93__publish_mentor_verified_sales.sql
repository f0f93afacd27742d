-- The sales a mentor verified for a month during a session (mentoring_session.sales_month / verified_sales),
-- published by mentoring for the reporting module, which compares a participant's monthly report with them
-- (issue 18: a report whose sales differ from the mentor-verified sales by more than a configured share is
-- flagged to the mentor). Several sessions may verify the same month: the reader takes the latest (held_on, id).
CREATE VIEW mentor_verified_sales AS
SELECT id AS session_id, participant_id, mentor_id, held_on, sales_month, verified_sales
FROM mentoring_session
WHERE sales_month IS NOT NULL;

COMMENT ON VIEW mentor_verified_sales IS
    'Published by mentoring: the sales of a month a mentor verified in a session, with the session''s day.';
