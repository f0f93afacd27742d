-- Published by account (see its package-info @PublishedViews): a login's name and email, and whether it is enabled,
-- for other modules' read models and mail. Never the password or the role.
CREATE VIEW account_contact AS
SELECT id, full_name, email, enabled
FROM account;
