-- Bulk re-assessment jobs: the row is both the lock (one running job at a time, across every portal instance)
-- and the progress page. Progress is counted in the same transaction as each batch, so it is exact.
CREATE TABLE assessment_job (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    policy_version       varchar(20) NOT NULL,
    status               varchar(10) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'ABANDONED')),
    started_by           bigint      NOT NULL REFERENCES account (id),
    started_at           timestamptz NOT NULL DEFAULT now(),
    heartbeat_at         timestamptz NOT NULL DEFAULT now(),
    finished_at          timestamptz,
    -- participants with an id up to this bound are considered; later registrations are assessed by themselves
    upper_participant_id bigint      NOT NULL,
    total                integer     CHECK (total >= 0),
    processed            integer     NOT NULL DEFAULT 0 CHECK (processed >= 0),
    failure              varchar(200),
    CONSTRAINT assessment_job_finished_ck CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);
-- At most one running job.
CREATE UNIQUE INDEX assessment_job_one_running_uq ON assessment_job ((true)) WHERE status = 'RUNNING';
CREATE INDEX assessment_job_started_idx ON assessment_job (started_at DESC);
