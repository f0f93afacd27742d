-- Views the entrepreneur module publishes for other modules' SQL (declared with @PublishedViews on
-- entrepreneur/package-info.java). Plain projections of participant, so PostgreSQL inlines them: same plans.

-- when and where a participant registered, with what sector, agency and target groups: the dashboard's cohorts
CREATE VIEW participant_cohort AS
SELECT id, registered_at, city_code, district_code, village_code, sector, fostering_agency, job_seeker, poor_family,
       disability
FROM participant;

-- who a participant is and how to reach them: referral lists and details
CREATE VIEW participant_card AS
SELECT id, full_name, business_name, sector, city_code, district_code, phone
FROM participant;
