-- Views the account module publishes for other modules' read models (declared with @PublishedViews on
-- account/package-info.java). Other modules' SQL names these, never the account table: no password hash, no
-- throttling or session data leaves the module.

CREATE VIEW account_directory AS
SELECT id, full_name, email, role, enabled
FROM account;

COMMENT ON VIEW account_directory IS 'Published by account: who an account is (name, email, role, enabled).';
