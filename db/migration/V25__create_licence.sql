-- P4 Perizinan: the licence register. One row per participant and licence type, recorded by the participant (or an
-- officer) with its status, number and dates, and verified by an officer of the participant's area. A change to
-- a verified licence clears the verification. "Needed" and "not needed" are not stored: the licence route derives
-- them from the business; "expired" is an issued licence past its expiry date.
-- The registration's participant_licence stays the business profile's declaration (numbers only); see decision 49.
CREATE TABLE licence (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id  bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    licence_type    varchar(8)   NOT NULL
        CHECK (licence_type IN ('NIB', 'PKP', 'SPP_IRT', 'HALAL', 'HAKI', 'BPOM', 'OTHER')),
    -- what an OTHER licence is, e.g. "PB-UMKU Sertifikat Laik Higiene"
    other_name      varchar(80),
    status          varchar(10)  NOT NULL CHECK (status IN ('IN_PROCESS', 'ISSUED')),
    licence_number  varchar(40),
    issued_on       date,
    expires_on      date,
    recorded_by     bigint       NOT NULL REFERENCES account (id),
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    verified_by     bigint       REFERENCES account (id),
    verified_at     timestamptz,
    CONSTRAINT licence_type_uq UNIQUE (participant_id, licence_type),
    CONSTRAINT licence_issued_ck CHECK (status <> 'ISSUED' OR (licence_number IS NOT NULL AND issued_on IS NOT NULL)),
    CONSTRAINT licence_period_ck CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on > issued_on),
    CONSTRAINT licence_verified_ck CHECK ((verified_by IS NULL) = (verified_at IS NULL)
        AND (verified_at IS NULL OR status = 'ISSUED')),
    CONSTRAINT licence_other_ck CHECK ((licence_type = 'OTHER') = (other_name IS NOT NULL))
);
-- the daily expiry notice job
CREATE INDEX licence_expiry_idx ON licence (expires_on) WHERE status = 'ISSUED' AND expires_on IS NOT NULL;
-- the officers' queue of licences to verify
CREATE INDEX licence_unverified_idx ON licence (recorded_at) WHERE status = 'ISSUED' AND verified_at IS NULL;

-- P4 is completed once: the first time every licence the route requires is issued and verified.
CREATE TABLE licensing_completion (
    participant_id  bigint       PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    evidence        varchar(500) NOT NULL,
    completed_at    timestamptz  NOT NULL DEFAULT now()
);
