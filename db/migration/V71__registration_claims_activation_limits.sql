-- Registration answers every submission the same way (issue 16): a NIK that is already registered becomes a claim
-- for the kecamatan secretariat instead of a message on the form, online accounts are activated through a link sent
-- by email, and registration attempts are counted per client address and overall, shared by every instance.

-- A registration whose NIK another participant holds: the secretariat of the kecamatan checks the KTP in person.
-- The NIK is kept only as its keyed hash (to find the participant who holds it) and a masked copy for display: the
-- secretariat reads the number from the KTP itself, so the portal keeps no way back to the full number.
CREATE TABLE registration_claim (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name       varchar(120) NOT NULL,
    email           varchar(254) NOT NULL,
    phone           varchar(16)  NOT NULL,
    nik_hash        bytea        NOT NULL,
    nik_masked      varchar(16)  NOT NULL,
    village_code    varchar(13)  NOT NULL REFERENCES region (code),
    district_code   varchar(13)  NOT NULL REFERENCES region (code),
    city_code       varchar(13)  NOT NULL REFERENCES region (code),
    claimed_at      timestamptz  NOT NULL,
    status          varchar(8)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
    resolved_at     timestamptz,
    resolved_by     bigint       REFERENCES account (id),
    resolution_note varchar(500),
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT registration_claim_resolved CHECK ((status = 'OPEN') = (resolved_at IS NULL))
);
-- the secretariat's queue: open claims of its kecamatan (or kota), oldest first
CREATE INDEX registration_claim_open_idx ON registration_claim (district_code, claimed_at, id) WHERE status = 'OPEN';
CREATE INDEX registration_claim_open_city_idx ON registration_claim (city_code, claimed_at, id) WHERE status = 'OPEN';

-- One-time activation links of online registrations; only the SHA-256 of the token is kept.
CREATE TABLE registration_activation (
    token_hash  bytea       PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX registration_activation_account_idx ON registration_activation (account_id);

-- Registration attempts per fixed window: scope 'all' and one row per client address (its SHA-256, not the address).
CREATE TABLE registration_attempt (
    scope        varchar(70) NOT NULL,
    window_start timestamptz NOT NULL,
    attempts     integer     NOT NULL,
    PRIMARY KEY (scope, window_start)
);
CREATE INDEX registration_attempt_window_idx ON registration_attempt (window_start);
