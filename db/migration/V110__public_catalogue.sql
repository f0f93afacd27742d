-- Issue 21, the public Katalog JakPreneur (decisions 118, 119). Products stay in outlet; the catalogue module owns
-- what the public sees: the business's public profile, the resized photos, the ask-the-seller limits and the
-- published view catalogue_listing (read by eorder).

-- A separate consent purpose: publishing to everyone on /katalog (decision 118). The partners' CATALOGUE consent
-- keeps its meaning; neither implies the other.
ALTER TABLE consent DROP CONSTRAINT consent_purpose_check;
ALTER TABLE consent ADD CONSTRAINT consent_purpose_check
    CHECK (purpose IN ('PARTICIPATION', 'PARTNER_SHARING', 'CATALOGUE', 'MESSAGES', 'PUBLIC_CATALOGUE'));

-- outlet: the terms a buyer needs for one product (unit, minimum order, price range), set by the participant on
-- her product's page. shuffle_key places the product on the catalogue's circle (decision 119): the product id
-- times 2^32 / golden ratio, modulo 2^32, so a business's products (near ids) land far apart and no order of
-- arrival or grade is favoured.
CREATE TABLE outlet_product_listing (
    product_id     bigint       PRIMARY KEY REFERENCES outlet_product (id) ON DELETE CASCADE,
    unit           varchar(30)  NOT NULL CHECK (btrim(unit) <> ''),
    minimum_order  integer      NOT NULL CHECK (minimum_order BETWEEN 1 AND 100000),
    price_from     bigint       NOT NULL CHECK (price_from BETWEEN 1 AND 1000000000),
    price_to       bigint       NOT NULL CHECK (price_to BETWEEN 1 AND 1000000000),
    updated_at     timestamptz  NOT NULL,
    shuffle_key    bigint       GENERATED ALWAYS AS ((product_id * 2654435761) % 4294967296) STORED,
    CONSTRAINT outlet_product_listing_range_ck CHECK (price_from <= price_to)
);
CREATE INDEX outlet_product_listing_shuffle_idx ON outlet_product_listing (shuffle_key, product_id);

-- Search by words in product names: PostgreSQL full text, 'simple' configuration (Indonesian has no stemmer here;
-- every word is matched as a prefix), only over the curated products the catalogue can show.
CREATE INDEX outlet_product_name_words_idx ON outlet_product USING gin (to_tsvector('simple', name))
    WHERE status = 'GRADED' AND grade IN ('A', 'B');

-- Published by outlet: curated products (graded A or B) that carry listing terms, with the version of the product
-- row (a new photo comes with a resubmission, which changes it).
CREATE VIEW outlet_listed_product AS
SELECT pr.id AS product_id, pr.participant_id, pr.name, pr.sector, pr.grade, pr.graded_at, pr.version AS product_version,
       l.unit, l.minimum_order, l.price_from, l.price_to, l.shuffle_key, l.updated_at AS terms_updated_at
FROM outlet_product pr
JOIN outlet_product_listing l ON l.product_id = pr.id
WHERE pr.status = 'GRADED' AND pr.grade IN ('A', 'B');

COMMENT ON VIEW outlet_listed_product IS
    'Published by outlet: curated (A/B) products with their listing terms (unit, minimum order, price range).';

-- Published by outlet: a product's photo as stored (re-encoded, no metadata); readers decide who may see it.
CREATE VIEW outlet_product_image AS
SELECT product_id, content_type, bytes FROM outlet_product_photo;

COMMENT ON VIEW outlet_product_image IS 'Published by outlet: each product''s photo (type and bytes).';

-- catalogue: what the participant chose to publish of her business. Nothing else about her is ever public.
CREATE TABLE catalogue_profile (
    participant_id  bigint        PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    public_name     varchar(80)   NOT NULL CHECK (btrim(public_name) <> ''),
    description     varchar(300)  CHECK (description IS NULL OR btrim(description) <> ''),
    updated_at      timestamptz   NOT NULL
);

-- catalogue: resized photos (JPEG), made on first request for the product's version; the ETag is
-- product, width and version.
CREATE TABLE catalogue_thumbnail (
    product_id       bigint       NOT NULL REFERENCES outlet_product (id) ON DELETE CASCADE,
    width            smallint     NOT NULL CHECK (width BETWEEN 100 AND 1600),
    product_version  bigint       NOT NULL,
    bytes            bytea        NOT NULL,
    made_at          timestamptz  NOT NULL,
    PRIMARY KEY (product_id, width)
);

-- catalogue: ask-the-seller submissions counted per client address (as SHA-256), per product's seller and overall, in
-- fixed windows, like registration_attempt. The question itself is only in the seller's notice.
CREATE TABLE catalogue_question_attempt (
    scope         varchar(80)  NOT NULL,
    window_start  timestamptz  NOT NULL,
    attempts      integer      NOT NULL,
    PRIMARY KEY (scope, window_start)
);

-- Published by catalogue: exactly the products on /katalog now: curated A/B with listing terms, of a validated,
-- not erased participant whose account is enabled, with an active PUBLIC_CATALOGUE consent and a public profile.
CREATE VIEW catalogue_listing AS
SELECT lp.product_id, lp.participant_id, lp.name, lp.sector, lp.unit, lp.price_from, lp.price_to, lp.minimum_order,
       p.district_code, p.city_code, lp.grade, lp.shuffle_key, lp.product_version, cp.public_name, cp.description,
       c.given_at AS published_since
FROM outlet_listed_product lp
JOIN participant_directory p ON p.id = lp.participant_id
JOIN account_directory a ON a.id = p.account_id
JOIN participant_consent c ON c.participant_id = lp.participant_id AND c.purpose = 'PUBLIC_CATALOGUE'
                          AND c.withdrawn_at IS NULL
JOIN catalogue_profile cp ON cp.participant_id = lp.participant_id
WHERE p.registration_status = 'VALIDATED' AND p.erased_at IS NULL AND a.enabled;

COMMENT ON VIEW catalogue_listing IS
    'Published by catalogue: the products published on /katalog now (curated A/B, listing terms, validated and not '
    'erased participant with an enabled account, active PUBLIC_CATALOGUE consent, public profile), with the public '
    'business name and description she chose; never personal contact data.';
