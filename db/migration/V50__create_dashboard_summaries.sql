-- Dashboards (issue 8): yearly targets set by administrators, and the summaries the dashboards read. The summaries
-- are rebuilt from the other modules' tables by dashboard.SummaryRefresh (in the background and on demand); a page
-- sums a few thousand rows of them instead of reading a million participants.

-- Targets per year, fostering agency and step, set at /admin/targets.
CREATE TABLE dashboard_target (
    year        smallint    NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    agency_code varchar(20) NOT NULL REFERENCES fostering_agency (code),
    step        varchar(2)  NOT NULL CHECK (step IN ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7')),
    target      integer     NOT NULL CHECK (target BETWEEN 0 AND 10000000),
    updated_by  bigint      NOT NULL REFERENCES account (id),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (year, agency_code, step)
);

-- One bit per fostering agency, so that a participant fostered by two agencies (their own agency and the agency of
-- their PJLP mentor) is one row with two bits: each agency counts them, the totals count them once.
CREATE VIEW dashboard_agency_bit AS
SELECT code, (1 << (row_number() OVER (ORDER BY code) - 1)::int)::int AS bit FROM fostering_agency;

-- When the summaries were last rebuilt (one row).
CREATE TABLE dashboard_refresh (
    id           smallint    PRIMARY KEY CHECK (id = 1),
    refreshed_at timestamptz NOT NULL,
    duration_ms  integer     NOT NULL
);

-- One row per participant: the source of the cubes, and what a kelurahan filter reads (through its index).
-- target_mask: 1 job seeker, 2 poor family, 4 disability. completed_mask / reached_mask: bit n-1 for step Pn
-- (reached = completed or recognised).
CREATE TABLE dashboard_fact (
    participant_id bigint      PRIMARY KEY,
    reg_year       smallint    NOT NULL,
    city_code      varchar(13) NOT NULL,
    district_code  varchar(13) NOT NULL,
    village_code   varchar(13) NOT NULL,
    sector         varchar(12) NOT NULL,
    agency_mask    integer     NOT NULL,
    target_mask    smallint    NOT NULL,
    size_class     varchar(10) NOT NULL,
    phase          varchar(10) NOT NULL,
    completed_mask smallint    NOT NULL,
    reached_mask   smallint    NOT NULL,
    moved_up       boolean     NOT NULL,
    stalled        boolean     NOT NULL,
    mentor_id      bigint
);
CREATE INDEX dashboard_fact_village_idx ON dashboard_fact (village_code);

-- Participants summed by every filter down to the kecamatan.
CREATE TABLE dashboard_participant_cube (
    reg_year      smallint    NOT NULL,
    city_code     varchar(13) NOT NULL,
    district_code varchar(13) NOT NULL,
    sector        varchar(12) NOT NULL,
    agency_mask   integer     NOT NULL,
    target_mask   smallint    NOT NULL,
    size_class    varchar(10) NOT NULL,
    participants  integer     NOT NULL,
    stalled       integer     NOT NULL,
    moved_up      integer     NOT NULL,
    completed_p1 integer NOT NULL, completed_p2 integer NOT NULL, completed_p3 integer NOT NULL,
    completed_p4 integer NOT NULL, completed_p5 integer NOT NULL, completed_p6 integer NOT NULL,
    completed_p7 integer NOT NULL,
    reached_p1 integer NOT NULL, reached_p2 integer NOT NULL, reached_p3 integer NOT NULL, reached_p4 integer NOT NULL,
    reached_p5 integer NOT NULL, reached_p6 integer NOT NULL, reached_p7 integer NOT NULL,
    phase_none integer NOT NULL, phase_idea integer NOT NULL, phase_early integer NOT NULL,
    phase_growing integer NOT NULL, phase_scaling integer NOT NULL, phase_graduated integer NOT NULL
);
CREATE INDEX dashboard_participant_cube_city_idx ON dashboard_participant_cube (city_code);
CREATE INDEX dashboard_participant_cube_district_idx ON dashboard_participant_cube (district_code);

-- One row per phase change, with the participant's filter values and the days spent in the phase it left
-- (since the previous change, or since registration). Read directly for kecamatan and kelurahan filters.
CREATE TABLE dashboard_event (
    participant_id bigint      NOT NULL,
    month          date        NOT NULL,
    city_code      varchar(13) NOT NULL,
    district_code  varchar(13) NOT NULL,
    village_code   varchar(13) NOT NULL,
    sector         varchar(12) NOT NULL,
    agency_mask    integer     NOT NULL,
    target_mask    smallint    NOT NULL,
    size_class     varchar(10) NOT NULL,
    direction      varchar(4)  NOT NULL,
    to_phase       varchar(10) NOT NULL,
    days           integer     NOT NULL
);
CREATE INDEX dashboard_event_district_idx ON dashboard_event (district_code);
CREATE INDEX dashboard_event_village_idx ON dashboard_event (village_code);

-- Phase changes summed by month and every filter down to the kota, with the days in a coarse histogram
-- (d0: 0-29, d1: 30-59, d2: 60-89, d3: 90-179, d4: 180-364, d5: 365-729, d6: 730 and more) for the medians.
CREATE TABLE dashboard_event_cube (
    month       date        NOT NULL,
    city_code   varchar(13) NOT NULL,
    sector      varchar(12) NOT NULL,
    agency_mask integer     NOT NULL,
    target_mask smallint    NOT NULL,
    size_class  varchar(10) NOT NULL,
    direction   varchar(4)  NOT NULL,
    to_phase    varchar(10) NOT NULL,
    events      integer     NOT NULL,
    d0 integer NOT NULL, d1 integer NOT NULL, d2 integer NOT NULL, d3 integer NOT NULL,
    d4 integer NOT NULL, d5 integer NOT NULL, d6 integer NOT NULL
);
CREATE INDEX dashboard_event_cube_month_idx ON dashboard_event_cube (month);

-- Mentors: load, sessions of the last 90 days, stalled mentees; the kota and kecamatan they cover.
CREATE TABLE dashboard_mentor (
    mentor_id       bigint       PRIMARY KEY,
    full_name       varchar(120) NOT NULL,
    agency_code     varchar(20),
    city_codes      text[]       NOT NULL,
    district_codes  text[]       NOT NULL,
    capacity        integer      NOT NULL,
    active_mentees  integer      NOT NULL,
    stalled_mentees integer      NOT NULL,
    sessions_90d    integer      NOT NULL
);

-- DKI outlets per year: place-days offered and booked, bookings and reported sales.
CREATE TABLE dashboard_outlet (
    outlet_id     bigint       NOT NULL,
    year          smallint     NOT NULL,
    name          varchar(160) NOT NULL,
    city_code     varchar(13)  NOT NULL,
    district_code varchar(13)  NOT NULL,
    places        integer      NOT NULL,
    place_days    bigint       NOT NULL,
    booked_days   bigint       NOT NULL,
    bookings      integer      NOT NULL,
    sales         bigint       NOT NULL,
    units         bigint       NOT NULL,
    PRIMARY KEY (outlet_id, year)
);
