-- Scheduled jobs run once per schedule across all portal instances (config.jobs.JobLock): one row per job, taken
-- by a single upsert that succeeds only when the previous holder's "locked until" has passed and, for a cron job,
-- when its schedule slot (the time the run was scheduled for) is later than the last one run. A run keeps the lock
-- at least for most of the time to the job's next firing, so an instance firing a moment later skips.
CREATE TABLE scheduled_job_lock (
    job          varchar(60)  PRIMARY KEY,
    locked_until timestamptz  NOT NULL,
    locked_at    timestamptz  NOT NULL,
    locked_by    varchar(120) NOT NULL,
    slot         timestamptz
);

-- A bulk re-assessment run belongs to the instance that works it, which proves it is alive by the heartbeat; each
-- worker's position (the last participant id it went past) is kept with every batch, so a run whose instance died
-- resumes from where it stopped.
ALTER TABLE assessment_job
    ADD COLUMN instance varchar(120),
    ADD COLUMN workers  smallint CHECK (workers > 0),
    ADD COLUMN cursors  bigint[];

-- What happened to a run, in order: started, interrupted (instance gone or stopped), resumed, and how it ended.
CREATE TABLE assessment_job_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id      bigint       NOT NULL REFERENCES assessment_job (id) ON DELETE CASCADE,
    kind        varchar(12)  NOT NULL
                CHECK (kind IN ('STARTED', 'INTERRUPTED', 'RESUMED', 'DONE', 'FAILED', 'ABANDONED')),
    happened_at timestamptz  NOT NULL,
    processed   integer      NOT NULL CHECK (processed >= 0),
    instance    varchar(120),
    detail      varchar(200)
);
CREATE INDEX assessment_job_event_job_idx ON assessment_job_event (job_id, happened_at, id);

-- Runs abandoned before runs could resume get the reason they had: their instance stopped.
INSERT INTO assessment_job_event (job_id, kind, happened_at, processed, detail)
SELECT id, 'ABANDONED', finished_at, processed, 'instance-stopped'
FROM assessment_job WHERE status = 'ABANDONED';
UPDATE assessment_job SET failure = 'instance-stopped' WHERE status = 'ABANDONED' AND failure IS NULL;
