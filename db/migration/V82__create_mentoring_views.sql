-- Views the mentoring module publishes for other modules' SQL (declared with @PublishedViews on
-- mentoring/package-info.java). Plain projections: PostgreSQL inlines them.

-- each mentor's agency, capacity and current load
CREATE VIEW mentor_load AS
SELECT id, full_name, agency_code, capacity, active_mentees
FROM mentor;

-- the kecamatan a mentor covers
CREATE VIEW mentor_coverage AS
SELECT mentor_id, district_code
FROM mentor_district;

-- which mentor a participant has or had, and until when (ended_at null: current)
CREATE VIEW mentor_assignment_span AS
SELECT participant_id, mentor_id, ended_at
FROM mentor_assignment;

-- the day of each mentoring session
CREATE VIEW mentoring_session_date AS
SELECT participant_id, mentor_id, held_on
FROM mentoring_session;
