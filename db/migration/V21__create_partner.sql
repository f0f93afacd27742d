-- Partner organisations (kolaborator) with their MoU, contact people and what they offer participants.
CREATE TABLE partner_organisation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        varchar(12)  NOT NULL CHECK (kind IN ('UNIVERSITY', 'COMPANY', 'BANK', 'MARKETPLACE', 'BUMD', 'NGO')),
    name        varchar(120) NOT NULL,
    mou_number  varchar(60),
    mou_start   date,
    mou_end     date,
    created_by  bigint       NOT NULL REFERENCES account (id),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    -- an MoU is all three (number, start, end) or nothing, and never ends before it starts
    CONSTRAINT partner_mou_complete_ck CHECK ((mou_number IS NULL) = (mou_start IS NULL)
                                              AND (mou_start IS NULL) = (mou_end IS NULL)),
    CONSTRAINT partner_mou_period_ck CHECK (mou_end >= mou_start)
);
CREATE UNIQUE INDEX partner_name_uq ON partner_organisation (lower(name));
-- "MoUs expiring soon" look-ups
CREATE INDEX partner_mou_end_idx ON partner_organisation (mou_end) WHERE mou_end IS NOT NULL;

CREATE TABLE partner_contact (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id  bigint       NOT NULL REFERENCES partner_organisation (id) ON DELETE CASCADE,
    full_name   varchar(120) NOT NULL,
    email       varchar(254) NOT NULL,
    phone       varchar(20),
    -- the contact's PARTNER login, once an administrator opened one; one account speaks for one organisation
    account_id  bigint       REFERENCES account (id),
    CONSTRAINT partner_contact_account_uq UNIQUE (account_id),
    CONSTRAINT partner_contact_email_uq UNIQUE (partner_id, email)
);
CREATE INDEX partner_contact_partner_idx ON partner_contact (partner_id, full_name);

-- What a partner offers and to whom. Empty target arrays mean "everyone"; the codes are checked here so that
-- no typo can make an offer invisible.
CREATE TABLE partner_offer (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id      bigint        NOT NULL REFERENCES partner_organisation (id) ON DELETE CASCADE,
    kind            varchar(14)   NOT NULL CHECK (kind IN ('TRAINING', 'MENTORS', 'SALES_CHANNEL', 'CAPITAL')),
    title           varchar(120)  NOT NULL,
    description     varchar(1000) NOT NULL,
    target_sectors  varchar(12)[] NOT NULL DEFAULT '{}'
        CHECK (target_sectors <@ ARRAY['KULINER', 'FESYEN', 'KRIYA', 'JASA', 'AGRIBISNIS', 'LAINNYA']::varchar(12)[]),
    size_from       varchar(8)    CHECK (size_from IN ('MIKRO', 'KECIL', 'MENENGAH')),
    size_to         varchar(8)    CHECK (size_to IN ('MIKRO', 'KECIL', 'MENENGAH')),
    target_areas    varchar(13)[] NOT NULL DEFAULT '{}',
    target_phases   varchar(10)[] NOT NULL DEFAULT '{}'
        CHECK (target_phases <@ ARRAY['IDEA', 'EARLY', 'GROWING', 'SCALING', 'GRADUATED']::varchar(10)[]),
    active          boolean       NOT NULL DEFAULT true,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT partner_offer_size_range_ck CHECK (
        array_position(ARRAY['MIKRO', 'KECIL', 'MENENGAH']::varchar(8)[], size_from)
        <= array_position(ARRAY['MIKRO', 'KECIL', 'MENENGAH']::varchar(8)[], size_to))
);
CREATE INDEX partner_offer_partner_idx ON partner_offer (partner_id, title);
CREATE INDEX partner_offer_active_idx ON partner_offer (partner_id) WHERE active;
