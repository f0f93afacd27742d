-- Views that the owning modules publish for other modules' read models (training, licensing, timeline): their SQL
-- names these views, never the owners' tables. Simple views, so PostgreSQL inlines them and the plans stay the same.

-- entrepreneur: who a participant is, where, and their login (no personal data beyond the name)
CREATE VIEW participant_directory AS
    SELECT id, account_id, full_name, business_name, city_code, district_code
    FROM participant;

-- account: the name shown beside what an account did
CREATE VIEW account_name AS
    SELECT id, full_name
    FROM account;

-- partner: a partner organisation's name (the trainer of a class)
CREATE VIEW partner_name AS
    SELECT id, name
    FROM partner_organisation;
