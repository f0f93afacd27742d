-- Published by entrepreneur (see its package-info @PublishedViews): a participant as other modules' read models
-- may show them: who, where, how to reach them and their business in a line. A plain projection of participant,
-- so PostgreSQL inlines it and the plans of the queries that read it stay those of the table.
CREATE VIEW participant_card AS
SELECT id, account_id, full_name, phone, address, village_code, district_code, fostering_agency, business_name, sector,
       products, monthly_sales
FROM participant;
