-- P5 Pemasaran through DKI-owned outlets: outlets with their rules, the places inside them, products curated
-- for them, calls for periods, and applications that become bookings of a place.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE outlet (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                     varchar(160) NOT NULL,
    kind                     varchar(12)  NOT NULL
        CHECK (kind IN ('FOOD_PARK', 'KIOSK', 'RETAIL', 'STATION', 'HALTE', 'CREATIVE_HUB', 'TENT', 'BAZAAR')),
    -- the operator is a partner organisation (Pasar Jaya, MRT Jakarta, Transjakarta: BUMD); none when the
    -- province runs the outlet itself
    operator_partner_id      bigint       REFERENCES partner_organisation (id),
    address                  varchar(300) NOT NULL,
    village_code             varchar(13)  NOT NULL REFERENCES region (code),
    district_code            varchar(13)  NOT NULL REFERENCES region (code),
    city_code                varchar(13)  NOT NULL REFERENCES region (code),
    opening_hours            varchar(120) NOT NULL,
    -- the rules: empty arrays mean "any"
    eligible_sectors         text[]       NOT NULL DEFAULT '{}'
        CHECK (eligible_sectors <@ ARRAY ['KULINER', 'FESYEN', 'KRIYA', 'JASA', 'AGRIBISNIS', 'LAINNYA']),
    min_grade                char(1)      CHECK (min_grade IN ('A', 'B', 'C')),
    required_licences        text[]       NOT NULL DEFAULT '{}'
        CHECK (required_licences <@ ARRAY ['NIB', 'SPP_IRT', 'HALAL', 'HAKI', 'BPOM']),
    min_phase                varchar(9)   CHECK (min_phase IN ('IDEA', 'EARLY', 'GROWING', 'SCALING', 'GRADUATED')),
    -- what a booked participant pays: a fixed fee per period and/or a share of the period's sales
    fee_per_period           bigint       NOT NULL DEFAULT 0 CHECK (fee_per_period BETWEEN 0 AND 1000000000),
    revenue_share_percent    numeric(5,2) NOT NULL DEFAULT 0 CHECK (revenue_share_percent BETWEEN 0 AND 100),
    max_consecutive_periods  integer      NOT NULL DEFAULT 1 CHECK (max_consecutive_periods BETWEEN 1 AND 24),
    created_by               bigint       NOT NULL REFERENCES account (id),
    created_at               timestamptz  NOT NULL DEFAULT now(),
    version                  bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX outlet_name_uq ON outlet (lower(name));
CREATE INDEX outlet_city_idx ON outlet (city_code, lower(name) COLLATE "C", id);
CREATE INDEX outlet_district_idx ON outlet (district_code, lower(name) COLLATE "C", id);

-- A shared kiosk is one place per share (K1-A, K1-B, ...): each share is booked by one participant, so the
-- exclusion constraint below holds per share; product_capacity is how many products that participant may show.
CREATE TABLE outlet_place (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outlet_id         bigint      NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    code              varchar(20) NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9.-]*$'),
    kind              varchar(12) NOT NULL
        CHECK (kind IN ('STALL', 'SHELF', 'KIOSK_SHARE', 'TENT', 'FOOD_TRUCK', 'DESK')),
    product_capacity  integer     NOT NULL DEFAULT 1 CHECK (product_capacity BETWEEN 1 AND 50),
    CONSTRAINT outlet_place_code_uq UNIQUE (outlet_id, code)
);

-- Curation: submitted by the participant, verified by a mentor, validated by an officer, graded by a curator.
-- The grade and its notes stay valid while a B or C product is curated again.
CREATE TABLE outlet_product (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id   bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    name             varchar(120) NOT NULL,
    sector           varchar(12)  NOT NULL
        CHECK (sector IN ('KULINER', 'FESYEN', 'KRIYA', 'JASA', 'AGRIBISNIS', 'LAINNYA')),
    price            bigint       NOT NULL CHECK (price BETWEEN 1 AND 1000000000),
    packaging        varchar(200) NOT NULL,
    spp_irt_number   varchar(40),
    halal_number     varchar(40),
    bpom_number      varchar(40),
    status           varchar(9)   NOT NULL
        CHECK (status IN ('SUBMITTED', 'VERIFIED', 'VALIDATED', 'GRADED', 'RETURNED')),
    return_note      varchar(500),
    grade            char(1)      CHECK (grade IN ('A', 'B', 'C')),
    grade_notes      varchar(1000),
    graded_at        timestamptz,
    submitted_at     timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT outlet_product_graded_ck CHECK ((grade IS NULL) = (graded_at IS NULL)),
    CONSTRAINT outlet_product_status_grade_ck CHECK (status <> 'GRADED' OR grade IS NOT NULL),
    CONSTRAINT outlet_product_returned_ck CHECK ((status = 'RETURNED') = (return_note IS NOT NULL))
);
CREATE INDEX outlet_product_participant_idx ON outlet_product (participant_id, id);
CREATE INDEX outlet_product_queue_idx ON outlet_product (status, submitted_at, id)
    WHERE status IN ('SUBMITTED', 'VERIFIED', 'VALIDATED');

-- The photo lives in the database, never on a path a web server could execute or serve by itself; its type
-- was checked by its first bytes and is what the controller answers with.
CREATE TABLE outlet_product_photo (
    product_id    bigint      PRIMARY KEY REFERENCES outlet_product (id) ON DELETE CASCADE,
    content_type  varchar(10) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes    integer     NOT NULL CHECK (size_bytes BETWEEN 1 AND 2097152),
    bytes         bytea       NOT NULL,
    CONSTRAINT outlet_product_photo_size_ck CHECK (octet_length(bytes) = size_bytes)
);

CREATE TABLE outlet_curation_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id  bigint       NOT NULL REFERENCES outlet_product (id) ON DELETE CASCADE,
    action      varchar(9)   NOT NULL
        CHECK (action IN ('SUBMITTED', 'VERIFIED', 'VALIDATED', 'GRADED', 'RETURNED')),
    grade       char(1)      CHECK (grade IN ('A', 'B', 'C')),
    note        varchar(1000),
    actor_id    bigint       NOT NULL REFERENCES account (id),
    at          timestamptz  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX outlet_curation_event_product_idx ON outlet_curation_event (product_id, at, id);
