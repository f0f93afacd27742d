-- Views the outlet module publishes for other modules' read models (declared with @PublishedViews on
-- outlet/package-info.java); the dashboards' summaries read them.

CREATE VIEW outlet_directory AS
SELECT id, name, city_code, district_code, created_at
FROM outlet;

CREATE VIEW outlet_place_directory AS
SELECT id, outlet_id
FROM outlet_place;

CREATE VIEW outlet_booking_period AS
SELECT place_id, period, status, sales, units_sold
FROM outlet_application;

COMMENT ON VIEW outlet_directory IS 'Published by outlet: each outlet''s name, area and opening.';
COMMENT ON VIEW outlet_place_directory IS 'Published by outlet: the places of each outlet.';
COMMENT ON VIEW outlet_booking_period IS 'Published by outlet: each booking''s place, period, status and sales.';
