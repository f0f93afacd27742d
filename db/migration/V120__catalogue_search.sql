-- Issue 21 (decision 125): the Katalog's search reads a narrow table of its own instead of walking the day's circle
-- over outlet's products and checking each against the whole publication rule. At 100,000 published products a
-- word search walked thousands of candidates per page (300 ms of database time, statement timeouts under load).
-- One row per published product: its name and the name's words (computed when the name changes), its sector, the
-- seller's kecamatan and verified marks, and its point on the circle. Kept by the catalogue module
-- (catalogue.query.CatalogueSearchIndex): at once for the seller's own publish and stop, and within five minutes for
-- everything else (a product graded, a licence verified) by a job that reconciles the table with the view
-- catalogue_listing. The rows a page shows are always read from
-- catalogue_listing itself, with kecamatan and mark checked there again, so nothing unpublished is ever shown.
CREATE TABLE catalogue_search (
    product_id      bigint       PRIMARY KEY,
    participant_id  bigint       NOT NULL,
    shuffle_key     bigint       NOT NULL,
    sector          varchar(20)  NOT NULL,
    district_code   varchar(20)  NOT NULL,
    marks           text[]       NOT NULL,
    name            varchar(120) NOT NULL,
    words           tsvector     GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED
);
CREATE INDEX catalogue_search_words_idx ON catalogue_search USING gin (words);
CREATE INDEX catalogue_search_shuffle_idx ON catalogue_search (shuffle_key);
CREATE INDEX catalogue_search_sector_idx ON catalogue_search (sector, shuffle_key);
CREATE INDEX catalogue_search_district_idx ON catalogue_search (district_code, shuffle_key);
CREATE INDEX catalogue_search_participant_idx ON catalogue_search (participant_id);

COMMENT ON TABLE catalogue_search IS
    'Catalogue: the Katalog''s search over published products (words, sector, kecamatan, verified marks, circle '
    'position), reconciled with catalogue_listing; never shown without catalogue_listing.';

INSERT INTO catalogue_search (product_id, participant_id, shuffle_key, sector, district_code, marks, name)
SELECT l.product_id, l.participant_id, l.shuffle_key, l.sector, l.district_code,
       array(SELECT v.licence_type FROM verified_licence v
             WHERE v.participant_id = l.participant_id AND v.licence_type IN ('HALAL', 'SPP_IRT', 'BPOM')
               AND (v.expires_on IS NULL OR v.expires_on >= current_date)
             ORDER BY v.licence_type),
       l.name
FROM catalogue_listing l;
