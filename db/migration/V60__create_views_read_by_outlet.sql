-- Views that the owning modules publish for the outlet module's read models (declared with @PublishedViews on
-- each owner's package-info), so outlet SQL names no other module's table. Simple views: PostgreSQL inlines them,
-- the plans stay those of the tables.

-- entrepreneur: a participant's name, login and where they live (kelurahan, kecamatan, kota)
CREATE VIEW participant_name_area AS
SELECT id, account_id, full_name, village_code, district_code, city_code
FROM participant;

-- mentoring: each participant's current mentor, by the mentor's login
CREATE VIEW participant_current_mentor AS
SELECT ma.participant_id, m.account_id AS mentor_account_id
FROM mentor_assignment ma JOIN mentor m ON m.id = ma.mentor_id
WHERE ma.ended_at IS NULL;

-- partner: the names of partner organisations
CREATE VIEW partner_organisation_name AS
SELECT id, name
FROM partner_organisation;

-- account: the names of accounts
CREATE VIEW account_name AS
SELECT id, full_name
FROM account;
