-- Views the account module publishes for other modules' SQL (declared with @PublishedViews on
-- account/package-info.java). A plain projection: PostgreSQL inlines it.

-- the name shown for an account, for histories that say who did what
CREATE VIEW account_name AS
SELECT id, full_name
FROM account;
