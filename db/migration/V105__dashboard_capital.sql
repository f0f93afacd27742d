-- Capital requested, approved and disbursed by area and partner on the dashboards (issue 18): a summary of the
-- dashboard's own, rebuilt with the others from partner's published view capital_application_figures, so the
-- dashboard reads it in one statement and its figures are as of the last refresh like every other figure.
CREATE TABLE dashboard_capital (
    year            smallint     NOT NULL,
    city_code       varchar(13)  NOT NULL,
    district_code   varchar(13)  NOT NULL,
    partner_id      bigint       NOT NULL,
    partner_name    varchar(160) NOT NULL,
    applications    integer      NOT NULL,
    requested       bigint       NOT NULL,
    approved        bigint       NOT NULL,
    approvals       integer      NOT NULL,
    disbursed       bigint       NOT NULL,
    disbursements   integer      NOT NULL,
    PRIMARY KEY (year, district_code, partner_id)
);
