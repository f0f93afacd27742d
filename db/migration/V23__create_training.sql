-- P2 Pelatihan: classes per kecamatan (or online) by commodity, their sessions, enrolments with a waiting
-- list, attendance per session, and certificates.
CREATE TABLE training_class (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title               varchar(120) NOT NULL,
    sector              varchar(12)  NOT NULL
        CHECK (sector IN ('KULINER', 'FESYEN', 'KRIYA', 'JASA', 'AGRIBISNIS', 'LAINNYA')),
    -- the organising kota: whose officers run the class; the kecamatan where it meets, or none when online
    city_code           varchar(13)  NOT NULL REFERENCES region (code),
    district_code       varchar(13)  REFERENCES region (code),
    online              boolean      NOT NULL,
    capacity            integer      NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    -- the certificate rule: attended at least this many sessions
    min_sessions        integer      NOT NULL CHECK (min_sessions BETWEEN 1 AND 100),
    trainer_partner_id  bigint       REFERENCES partner_organisation (id),
    trainer_agency      varchar(120),
    created_by          bigint       NOT NULL REFERENCES account (id),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT training_class_place_ck CHECK (online = (district_code IS NULL)),
    CONSTRAINT training_class_trainer_ck CHECK ((trainer_partner_id IS NULL) <> (trainer_agency IS NULL))
);
CREATE INDEX training_class_district_idx ON training_class (district_code, sector) WHERE NOT online;
CREATE INDEX training_class_online_idx ON training_class (sector) WHERE online;
CREATE INDEX training_class_city_idx ON training_class (city_code, id DESC);

CREATE TABLE training_session (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id      bigint       NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    session_date  date         NOT NULL,
    start_time    time         NOT NULL,
    end_time      time         NOT NULL,
    place         varchar(200) NOT NULL,
    CONSTRAINT training_session_time_ck CHECK (end_time > start_time),
    CONSTRAINT training_session_uq UNIQUE (class_id, session_date, start_time)
);

-- Seats are given in the order of asking: the class row is locked (SELECT ... FOR UPDATE) while a seat is
-- counted, given or freed, so concurrent enrolments can never exceed the capacity. A waiting enrolment moves
-- up, oldest first, when a seat frees.
CREATE TABLE training_enrolment (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id        bigint       NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    participant_id  bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    status          varchar(9)   NOT NULL CHECK (status IN ('ENROLLED', 'WAITING', 'CANCELLED')),
    enrolled_by     bigint       NOT NULL REFERENCES account (id),
    created_at      timestamptz  NOT NULL DEFAULT clock_timestamp(),
    seated_at       timestamptz,
    cancelled_at    timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT training_enrolment_seated_ck CHECK (status <> 'ENROLLED' OR seated_at IS NOT NULL),
    CONSTRAINT training_enrolment_cancelled_ck CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE UNIQUE INDEX training_enrolment_active_uq ON training_enrolment (class_id, participant_id)
    WHERE status <> 'CANCELLED';
CREATE INDEX training_enrolment_queue_idx ON training_enrolment (class_id, status, created_at, id);
CREATE INDEX training_enrolment_participant_idx ON training_enrolment (participant_id);

CREATE TABLE training_attendance (
    session_id      bigint       NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    participant_id  bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    present         boolean      NOT NULL,
    recorded_by     bigint       NOT NULL REFERENCES account (id),
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX training_attendance_participant_idx ON training_attendance (participant_id) WHERE present;

CREATE TABLE training_certificate (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id            bigint       NOT NULL REFERENCES training_class (id),
    participant_id      bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    certificate_number  varchar(40)  NOT NULL,
    sessions_attended   integer      NOT NULL CHECK (sessions_attended >= 1),
    issued_at           timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT training_certificate_number_uq UNIQUE (certificate_number),
    CONSTRAINT training_certificate_once_uq UNIQUE (class_id, participant_id)
);
