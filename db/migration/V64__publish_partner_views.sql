-- Views the partner module publishes for other modules' read models (declared with @PublishedViews on
-- partner/package-info.java).

CREATE VIEW partner_name AS
SELECT id, name
FROM partner_organisation;

COMMENT ON VIEW partner_name IS 'Published by partner: the name of each partner organisation.';
