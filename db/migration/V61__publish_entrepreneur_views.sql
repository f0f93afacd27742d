-- Views the entrepreneur module publishes for other modules' read models (declared with @PublishedViews on
-- entrepreneur/package-info.java). A plain projection, so PostgreSQL inlines it and plans a query on it exactly
-- as on the table. Personal identity data (NIK, KK, their hashes and masks, birth date) is left out on purpose.

CREATE VIEW participant_directory AS
SELECT id, account_id, full_name, business_name, sector, products, monthly_sales, phone, address,
       city_code, district_code, village_code, fostering_agency, registered_at, job_seeker, poor_family, disability
FROM participant;

COMMENT ON VIEW participant_directory IS
    'Published by entrepreneur: a participant''s name, business, contact, area, agency and target groups.';
