-- Published by account (account/package-info.java, @PublishedViews) for other modules' read models: who an
-- account is by name and role, for example the editor in a profile's history or the officer in the log of looks
-- at a NIK. Nothing else of the account (email, password, lock-out, area) is exposed. A simple view: PostgreSQL
-- inlines it, so the plans stay those of the join on the account table. Created "or replace" so that another
-- module's migration publishing the same view with the same columns does not collide.
CREATE OR REPLACE VIEW account_name AS
SELECT id, full_name, role
FROM account;
