-- Dashboards (issue 8): coarser roll-ups of the two cubes, rebuilt with them by dashboard.SummaryRefresh. Most
-- requests filter by nothing, the year, the area or the agency only: they read these instead of the cubes (a few
-- thousand rows instead of 17,000 and 25,000 at 1,000,000 participants). A sector, target group, size class or
-- kelurahan filter still reads the cubes (or the fact and event tables).

-- Participants by registration year, kecamatan and agency combination.
CREATE TABLE dashboard_participant_rollup (
    reg_year      smallint    NOT NULL,
    city_code     varchar(13) NOT NULL,
    district_code varchar(13) NOT NULL,
    agency_mask   integer     NOT NULL,
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

-- Phase changes by month, kota and agency combination.
CREATE TABLE dashboard_event_rollup (
    month       date        NOT NULL,
    city_code   varchar(13) NOT NULL,
    agency_mask integer     NOT NULL,
    direction   varchar(4)  NOT NULL,
    to_phase    varchar(10) NOT NULL,
    events      integer     NOT NULL,
    d0 integer NOT NULL, d1 integer NOT NULL, d2 integer NOT NULL, d3 integer NOT NULL,
    d4 integer NOT NULL, d5 integer NOT NULL, d6 integer NOT NULL
);
