-- Participants (peserta) and their business, registered online or at a kecamatan desk (P1 Pendaftaran).
-- NIK and KK are personal data (UU 27/2022): stored only encrypted (AES-GCM, key from configuration), found
-- and kept unique through a keyed hash (HMAC-SHA256), and shown only in masked form.
CREATE TABLE participant (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id          bigint       REFERENCES account (id),
    full_name           varchar(120) NOT NULL,
    nik_encrypted       bytea        NOT NULL,
    nik_hash            bytea        NOT NULL,
    nik_masked          varchar(16)  NOT NULL,
    kk_encrypted        bytea        NOT NULL,
    kk_masked           varchar(16)  NOT NULL,
    gender              varchar(6)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date          date         NOT NULL,
    phone               varchar(16)  NOT NULL,
    address             varchar(300) NOT NULL,
    village_code        varchar(13)  NOT NULL REFERENCES region (code),
    district_code       varchar(13)  NOT NULL REFERENCES region (code),
    city_code           varchar(13)  NOT NULL REFERENCES region (code),
    job_seeker          boolean      NOT NULL DEFAULT false,
    poor_family         boolean      NOT NULL DEFAULT false,
    disability          boolean      NOT NULL DEFAULT false,
    fostering_agency    varchar(20)  NOT NULL DEFAULT 'PPKUKM',
    status              varchar(10)  NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'VALIDATED', 'RETURNED')),
    return_reason       varchar(500),
    channel             varchar(8)   NOT NULL CHECK (channel IN ('ONLINE', 'WALK_IN')),
    registered_by       bigint       NOT NULL REFERENCES account (id),
    registered_at       timestamptz  NOT NULL DEFAULT now(),
    validated_at        timestamptz,
    validated_by        bigint       REFERENCES account (id),
    deletion_requested_at timestamptz,
    -- the business
    business_stage      varchar(8)   NOT NULL CHECK (business_stage IN ('IDEA', 'RUNNING')),
    business_name       varchar(120) NOT NULL,
    sector              varchar(12)  NOT NULL,
    products            varchar(500) NOT NULL,
    started_on          date,
    capital             bigint       NOT NULL CHECK (capital >= 0),
    monthly_sales       bigint       NOT NULL CHECK (monthly_sales >= 0),
    employees           integer      NOT NULL CHECK (employees >= 0),
    keeps_books         boolean      NOT NULL,
    had_credit          boolean      NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT participant_nik_hash_uq UNIQUE (nik_hash),
    CONSTRAINT participant_account_uq UNIQUE (account_id),
    CONSTRAINT participant_running_has_start CHECK (business_stage = 'IDEA' OR started_on IS NOT NULL)
);

-- Officer search: by name prefix inside an area (a kota, a kecamatan, a kelurahan, or the province), in name
-- order. Names are compared in the "C" collation so that one index serves both LIKE 'prefix%' and ORDER BY
-- whatever the database's default collation is.
CREATE INDEX participant_name_idx ON participant ((lower(full_name) COLLATE "C"), id);
CREATE INDEX participant_city_name_idx ON participant (city_code, (lower(full_name) COLLATE "C"), id);
CREATE INDEX participant_district_name_idx ON participant (district_code, (lower(full_name) COLLATE "C"), id);
CREATE INDEX participant_village_name_idx ON participant (village_code, (lower(full_name) COLLATE "C"), id);
-- The validation queue: registrations waiting, oldest first, per area.
CREATE INDEX participant_waiting_district_idx ON participant (district_code, registered_at, id) WHERE status = 'SUBMITTED';
CREATE INDEX participant_waiting_city_idx ON participant (city_code, registered_at, id) WHERE status = 'SUBMITTED';

CREATE TABLE participant_channel (
    participant_id bigint      NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    channel        varchar(14) NOT NULL,
    PRIMARY KEY (participant_id, channel)
);

CREATE TABLE participant_licence (
    participant_id bigint      NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    licence_type   varchar(8)  NOT NULL,
    licence_number varchar(40) NOT NULL DEFAULT '',
    PRIMARY KEY (participant_id, licence_type)
);

-- Explicit consent to the processing of personal data, with the notice version it was given against.
CREATE TABLE consent (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id bigint      NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    notice_version varchar(20) NOT NULL,
    given_at       timestamptz NOT NULL DEFAULT now(),
    withdrawn_at   timestamptz
);
CREATE INDEX consent_participant_idx ON consent (participant_id);

-- Every change to a profile: who, when, which field. NIK and KK changes keep only masked values.
CREATE TABLE participant_change (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    changed_by     bigint       NOT NULL REFERENCES account (id),
    changed_at     timestamptz  NOT NULL DEFAULT now(),
    field          varchar(40)  NOT NULL,
    old_value      varchar(500),
    new_value      varchar(500)
);
CREATE INDEX participant_change_idx ON participant_change (participant_id, changed_at DESC);

-- Who saw a participant's NIK or KK in clear, and why. The participant sees this log on /me/privacy.
CREATE TABLE personal_data_access (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    accessed_by    bigint       NOT NULL REFERENCES account (id),
    accessed_at    timestamptz  NOT NULL DEFAULT now(),
    field          varchar(4)   NOT NULL CHECK (field IN ('NIK', 'KK')),
    reason         varchar(300) NOT NULL
);
CREATE INDEX personal_data_access_idx ON personal_data_access (participant_id, accessed_at DESC);
