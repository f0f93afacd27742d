-- Issue 22: deletion that happens (decision 109) and the nightly retention run (decision 110).

-- A participant's request to have her data erased (UU 27/2022): decided by an administrator, who erases it or refuses
-- with a legal reason. After an erasure the row is the log of what was done: who, when, the outcome and how many rows
-- each module changed, never what was erased.
CREATE TABLE deletion_request (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id bigint       NOT NULL REFERENCES participant (id),
    requested_at   timestamptz  NOT NULL,
    outcome        varchar(8)   NOT NULL DEFAULT 'PENDING' CHECK (outcome IN ('PENDING', 'ERASED', 'REFUSED')),
    decided_at     timestamptz,
    decided_by     bigint       REFERENCES account (id),
    reason_code    varchar(30),
    reason_text    varchar(500),
    erased_rows    jsonb,
    version        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT deletion_request_decided_ck CHECK ((outcome = 'PENDING') = (decided_at IS NULL)
        AND (outcome = 'PENDING') = (decided_by IS NULL)),
    CONSTRAINT deletion_request_refusal_ck CHECK ((outcome = 'REFUSED') = (reason_code IS NOT NULL)),
    CONSTRAINT deletion_request_erasure_ck CHECK ((outcome = 'ERASED') = (erased_rows IS NOT NULL))
);
-- at most one open request per participant
CREATE UNIQUE INDEX deletion_request_pending_uq ON deletion_request (participant_id) WHERE outcome = 'PENDING';
-- the administrators' queue: oldest first
CREATE INDEX deletion_request_queue_idx ON deletion_request (requested_at, id) WHERE outcome = 'PENDING';
CREATE INDEX deletion_request_participant_idx ON deletion_request (participant_id, requested_at DESC);

INSERT INTO deletion_request (participant_id, requested_at)
SELECT id, deletion_requested_at FROM participant WHERE deletion_requested_at IS NOT NULL;

ALTER TABLE participant DROP COLUMN deletion_requested_at;

-- An erased (anonymised) participant keeps her row for the programme's statistics; her numbers are destroyed.
ALTER TABLE participant
    ADD COLUMN erased_at timestamptz,
    ALTER COLUMN nik_encrypted DROP NOT NULL,
    ALTER COLUMN nik_hash DROP NOT NULL,
    ALTER COLUMN kk_encrypted DROP NOT NULL;
ALTER TABLE participant ADD CONSTRAINT participant_numbers_until_erased_ck
    CHECK (erased_at IS NOT NULL OR (nik_encrypted IS NOT NULL AND nik_hash IS NOT NULL AND kk_encrypted IS NOT NULL));

-- Rows "never changed" (assessments, phase changes) may be changed by an erasure alone, which says so for its own
-- transaction: SET LOCAL jakpreneur.erasure = 'on'.
CREATE OR REPLACE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('jakpreneur.erasure', true) = 'on' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% rows are never changed; add a new one', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;

-- One row per nightly retention run (job entrepreneur.retention): what each module did, for the administrators.
CREATE TABLE retention_run (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    counts      jsonb       NOT NULL
);
CREATE INDEX retention_run_started_idx ON retention_run (started_at DESC);

-- The retention run counts a login as activity: the account publishes when it last logged in.
CREATE OR REPLACE VIEW account_directory AS
SELECT id, full_name, email, role, (enabled AND deactivated_at IS NULL) AS enabled, phone, language, notify_email,
       notify_whatsapp, last_login_at
FROM account;
