-- Mentors (pendamping, issue 5): a PJLP contracted by an agency, a partner's volunteer, or an expert. Each has a
-- MENTOR login (account), expertise tracks, the kecamatan they cover, the languages they mentor in, and a capacity:
-- the officer sets the limit, the mentor sets their own capacity within it. The partner organisation is kept as a
-- name: this schema has no partner table to refer to (docs/decisions.md).
CREATE TABLE mentor (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id     bigint       NOT NULL REFERENCES account (id),
    full_name      varchar(120) NOT NULL CHECK (btrim(full_name) <> ''),
    phone          varchar(16)  NOT NULL,
    kind           varchar(17)  NOT NULL CHECK (kind IN ('PJLP', 'PARTNER_VOLUNTEER', 'EXPERT')),
    agency_code    varchar(20)  REFERENCES fostering_agency (code),
    organisation   varchar(160),
    languages      text[]       NOT NULL,
    capacity_limit integer      NOT NULL CHECK (capacity_limit BETWEEN 1 AND 50),
    capacity       integer      NOT NULL CHECK (capacity >= 1),
    -- active assignments, kept by the trigger on mentor_assignment (V31); never written by the application
    active_mentees integer      NOT NULL DEFAULT 0 CHECK (active_mentees >= 0),
    paused         boolean      NOT NULL DEFAULT false,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    created_by     bigint       NOT NULL REFERENCES account (id),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT mentor_account_uq UNIQUE (account_id),
    CONSTRAINT mentor_capacity_within_limit CHECK (capacity <= capacity_limit),
    -- the capacity rule itself: no mentor ever has more active mentees than their capacity
    CONSTRAINT mentor_capacity_holds CHECK (active_mentees <= capacity),
    CONSTRAINT mentor_pjlp_has_agency CHECK (kind <> 'PJLP' OR agency_code IS NOT NULL),
    CONSTRAINT mentor_volunteer_has_organisation CHECK (kind <> 'PARTNER_VOLUNTEER' OR organisation IS NOT NULL),
    CONSTRAINT mentor_languages_known CHECK (cardinality(languages) >= 1 AND languages <@ ARRAY['INDONESIAN',
        'ENGLISH', 'JAVANESE', 'SUNDANESE', 'BETAWI', 'MANDARIN', 'ARABIC', 'SIGN_LANGUAGE']::text[])
);
-- Officers' mentor list, by name.
CREATE INDEX mentor_name_idx ON mentor (lower(full_name), id);

-- Expertise tracks (several per mentor).
CREATE TABLE mentor_track (
    mentor_id bigint      NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    track     varchar(24) NOT NULL REFERENCES mentoring_track (code),
    PRIMARY KEY (mentor_id, track)
);
CREATE INDEX mentor_track_idx ON mentor_track (track, mentor_id);

-- Covered kecamatan (several per mentor). Suggestions start from here: mentors of a participant's kecamatan.
CREATE TABLE mentor_district (
    mentor_id     bigint      NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    district_code varchar(13) NOT NULL REFERENCES region (code) CHECK (district_code ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'),
    PRIMARY KEY (mentor_id, district_code)
);
CREATE INDEX mentor_district_idx ON mentor_district (district_code, mentor_id);

-- The language a participant would like to be mentored in, when it is not (only) Bahasa Indonesia.
CREATE TABLE mentee_preference (
    participant_id bigint      PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    language       varchar(14) NOT NULL CHECK (language IN ('INDONESIAN', 'ENGLISH', 'JAVANESE', 'SUNDANESE', 'BETAWI',
        'MANDARIN', 'ARABIC', 'SIGN_LANGUAGE')),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
