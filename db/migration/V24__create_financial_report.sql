-- P6 Pelaporan keuangan: one report per participant per month, filed by the participant; a mentor may verify
-- it later (verified_by / verified_at, used by the mentoring module).
CREATE TABLE financial_report (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id      bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    report_month        date         NOT NULL CHECK (extract(day FROM report_month) = 1),
    sales               bigint       NOT NULL CHECK (sales >= 0),
    costs               bigint       NOT NULL CHECK (costs >= 0),
    employees           integer      NOT NULL CHECK (employees BETWEEN 0 AND 100000),
    -- the channel split in whole percent, one column per sales channel of the business profile
    share_offline       smallint     NOT NULL CHECK (share_offline BETWEEN 0 AND 100),
    share_marketplace   smallint     NOT NULL CHECK (share_marketplace BETWEEN 0 AND 100),
    share_social_media  smallint     NOT NULL CHECK (share_social_media BETWEEN 0 AND 100),
    share_reseller      smallint     NOT NULL CHECK (share_reseller BETWEEN 0 AND 100),
    filed_by            bigint       NOT NULL REFERENCES account (id),
    filed_at            timestamptz  NOT NULL DEFAULT now(),
    verified_by         bigint       REFERENCES account (id),
    verified_at         timestamptz,
    CONSTRAINT financial_report_month_uq UNIQUE (participant_id, report_month),
    CONSTRAINT financial_report_shares_ck
        CHECK (share_offline + share_marketplace + share_social_media + share_reseller = 100),
    CONSTRAINT financial_report_verified_ck CHECK ((verified_by IS NULL) = (verified_at IS NULL))
);

-- P6 is completed once: the first time the participant reaches the configured run of consecutive months.
-- The primary key makes the completion (and its event) happen exactly once, even under concurrent filing.
CREATE TABLE financial_reporting_completion (
    participant_id      bigint       PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    consecutive_months  integer      NOT NULL CHECK (consecutive_months >= 1),
    completed_at        timestamptz  NOT NULL DEFAULT now()
);
