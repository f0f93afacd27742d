-- e-Order on the dashboards (issue 21, decision 124): two summaries of the dashboard's own, rebuilt with the others
-- (SummaryRefresh) from eorder's published view eorder_sale, entrepreneur's participant_directory and the
-- dashboard's own per-participant facts, so a dashboard reads them in one statement, as of the last refresh.

-- Settled e-Orders summed by the month the buyer confirmed receipt (Jakarta time), the seller's kecamatan and
-- sector, and the buying organisation.
CREATE TABLE dashboard_eorder (
    month              date         NOT NULL,
    year               smallint     NOT NULL,
    city_code          varchar(13)  NOT NULL,
    district_code      varchar(13)  NOT NULL,
    sector             varchar(12)  NOT NULL,
    organisation_id    bigint       NOT NULL,
    organisation_kind  varchar(6)   NOT NULL,
    organisation_name  varchar(160) NOT NULL,
    orders             integer      NOT NULL,
    revenue            bigint       NOT NULL,
    PRIMARY KEY (month, district_code, sector, organisation_id)
);

-- Each participant who has sold through e-Order at least once, with the participant dimensions of dashboard_fact,
-- so the share of participants selling through e-Order follows every filter of the funnel.
CREATE TABLE dashboard_eorder_seller (
    participant_id  bigint       PRIMARY KEY,
    reg_year        smallint     NOT NULL,
    city_code       varchar(13)  NOT NULL,
    district_code   varchar(13)  NOT NULL,
    village_code    varchar(13)  NOT NULL,
    sector          varchar(12)  NOT NULL,
    agency_mask     integer      NOT NULL,
    target_mask     smallint     NOT NULL,
    size_class      varchar(10)  NOT NULL
);
