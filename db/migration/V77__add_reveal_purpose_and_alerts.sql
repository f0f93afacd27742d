-- A reveal of a NIK or KK states its purpose (one of a fixed list) beside the free-text reason; reveals made
-- before this have none. The officer's reveals of a day are counted by (accessed_by, accessed_at), and an
-- officer who reveals more than the configured number in a day is reported to the administrators once per day:
-- the row in personal_data_reveal_alert is that "once".
ALTER TABLE personal_data_access
    ADD COLUMN purpose varchar(20)
        CHECK (purpose IN ('VERIFY_IDENTITY', 'CORRECT_RECORD', 'LICENCE', 'FINANCING', 'SOCIAL_PROGRAMME',
                           'CITIZEN_REQUEST', 'AUDIT'));

CREATE INDEX personal_data_access_officer_idx ON personal_data_access (accessed_by, accessed_at);

CREATE TABLE personal_data_reveal_alert (
    officer_id  bigint      NOT NULL REFERENCES account (id),
    day         date        NOT NULL,
    reveals     integer     NOT NULL,
    alerted_at  timestamptz NOT NULL,
    PRIMARY KEY (officer_id, day)
);
