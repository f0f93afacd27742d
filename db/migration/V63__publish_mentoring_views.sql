-- Views the mentoring module publishes for other modules' read models (declared with @PublishedViews on
-- mentoring/package-info.java).

CREATE VIEW mentor_load AS
SELECT id, full_name, agency_code, capacity, active_mentees
FROM mentor;

CREATE VIEW mentor_coverage AS
SELECT mentor_id, district_code
FROM mentor_district;

CREATE VIEW mentor_assignment_span AS
SELECT participant_id, mentor_id, ended_at
FROM mentor_assignment;

CREATE VIEW mentoring_session_date AS
SELECT participant_id, mentor_id, held_on
FROM mentoring_session;

-- Each participant's current mentor's login, for pages where the mentor verifies what the participant submits.
CREATE VIEW participant_current_mentor AS
SELECT a.participant_id, m.account_id AS mentor_account_id
FROM mentor_assignment a
JOIN mentor m ON m.id = a.mentor_id
WHERE a.ended_at IS NULL;

COMMENT ON VIEW mentor_load IS 'Published by mentoring: a mentor, their agency, capacity and active mentees.';
COMMENT ON VIEW mentor_coverage IS 'Published by mentoring: the kecamatan each mentor covers.';
COMMENT ON VIEW mentor_assignment_span IS 'Published by mentoring: who mentored whom, and until when.';
COMMENT ON VIEW mentoring_session_date IS 'Published by mentoring: the day of each mentoring session.';
COMMENT ON VIEW participant_current_mentor IS 'Published by mentoring: the login of each participant''s current mentor.';
