-- Views the outlet module publishes for other modules' SQL (declared with @PublishedViews on
-- outlet/package-info.java). Plain projections: PostgreSQL inlines them.

-- the DKI outlets and where they are
CREATE VIEW outlet_directory AS
SELECT id, name, city_code, district_code, created_at
FROM outlet;

-- the places of each outlet
CREATE VIEW outlet_place_directory AS
SELECT id, outlet_id
FROM outlet_place;

-- every application for a place with its period, status and reported sales
CREATE VIEW outlet_booking_period AS
SELECT place_id, period, status, sales, units_sold
FROM outlet_application;
