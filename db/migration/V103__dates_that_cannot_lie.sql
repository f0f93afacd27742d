-- Issue 18, "dates that cannot lie" (decisions 101 and 102): training attendance and certificates, financial
-- reports verified or returned, and step completions that can be withdrawn.

-- ---------------------------------------------------------------------------------------------------------------
-- training: attendance only for a session that has started. A CHECK cannot read another row, so a trigger compares
-- the mark's recorded_at (the application's clock, written by AttendanceRegister) with the session's start in
-- Asia/Jakarta. The application refuses first; the trigger is the backstop against any other writer.
CREATE FUNCTION training_attendance_after_start() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    starts timestamptz;
BEGIN
    SELECT (s.session_date + s.start_time) AT TIME ZONE 'Asia/Jakarta' INTO starts
    FROM training_session s WHERE s.id = NEW.session_id;
    IF NEW.recorded_at < starts THEN
        RAISE EXCEPTION 'training_attendance_started_ck: attendance of session % recorded before it started', NEW.session_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'training_attendance_started_ck';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER training_attendance_started BEFORE INSERT OR UPDATE ON training_attendance
    FOR EACH ROW EXECUTE FUNCTION training_attendance_after_start();

-- A certificate is dated when the class's last session ended, never before; it can be withdrawn by an officer with
-- a reason the participant reads (and re-issued once her attendance is corrected).
ALTER TABLE training_certificate
    ALTER COLUMN issued_at DROP DEFAULT,
    ADD COLUMN withdrawn_at     timestamptz,
    ADD COLUMN withdrawn_by     bigint REFERENCES account (id),
    ADD COLUMN withdrawn_reason varchar(500),
    ADD CONSTRAINT training_certificate_withdrawn_ck CHECK (
        (withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawn_reason IS NULL));

CREATE FUNCTION training_certificate_after_class() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ends timestamptz;
BEGIN
    SELECT max((s.session_date + s.end_time) AT TIME ZONE 'Asia/Jakarta') INTO ends
    FROM training_session s WHERE s.class_id = NEW.class_id;
    IF ends IS NULL OR NEW.issued_at < ends THEN
        RAISE EXCEPTION 'training_certificate_after_class_ck: certificate of class % dated before it ended', NEW.class_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'training_certificate_after_class_ck';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER training_certificate_after_class BEFORE INSERT OR UPDATE OF issued_at, class_id
    ON training_certificate FOR EACH ROW EXECUTE FUNCTION training_certificate_after_class();

-- ---------------------------------------------------------------------------------------------------------------
-- reporting: a report is SUBMITTED, then VERIFIED (by the mentor or an officer; for a late report this is the
-- confirmation) or RETURNED with a reason, corrected and submitted again. Only VERIFIED reports count for P6.
-- filed_at is the latest submission; late is decided at the first one and kept.
ALTER TABLE financial_report
    ADD COLUMN status        varchar(9)  NOT NULL DEFAULT 'SUBMITTED'
        CHECK (status IN ('SUBMITTED', 'VERIFIED', 'RETURNED')),
    ADD COLUMN late          boolean     NOT NULL DEFAULT false,
    ADD COLUMN returned_by   bigint      REFERENCES account (id),
    ADD COLUMN returned_at   timestamptz,
    ADD COLUMN return_reason varchar(500),
    ADD COLUMN version       bigint      NOT NULL DEFAULT 0;

UPDATE financial_report SET status = 'VERIFIED' WHERE verified_at IS NOT NULL;
-- Reports filed before their month ended cannot be trusted: they go back to the participant with a reason.
UPDATE financial_report
SET status = 'RETURNED', verified_by = NULL, verified_at = NULL, returned_at = now(),
    return_reason = 'Dikirim sebelum bulannya berakhir. / Sent before the month ended.'
WHERE report_month + interval '1 month' > (filed_at AT TIME ZONE 'Asia/Jakarta');

ALTER TABLE financial_report
    ADD CONSTRAINT financial_report_status_ck CHECK ((status = 'VERIFIED') = (verified_at IS NOT NULL)
        AND (status = 'RETURNED') = (returned_at IS NOT NULL)
        AND (returned_at IS NULL) = (return_reason IS NULL)),
    -- a month is reported only after it ends (filed_at in Asia/Jakarta, the programme's calendar)
    ADD CONSTRAINT financial_report_month_ended_ck CHECK (status = 'RETURNED'
        OR report_month + interval '1 month' <= (filed_at AT TIME ZONE 'Asia/Jakarta'));

CREATE INDEX financial_report_status_idx ON financial_report (status, participant_id) WHERE status = 'SUBMITTED';

-- ---------------------------------------------------------------------------------------------------------------
-- assessment: a completion can be withdrawn (a certificate withdrawn by an officer); a withdrawn completion no
-- longer completes its step, and the published view shows only those that stand.
ALTER TABLE participant_step_completion
    ADD COLUMN withdrawn_at timestamptz;

CREATE OR REPLACE VIEW step_completion AS
SELECT participant_id, step, evidence, completed_at
FROM participant_step_completion
WHERE withdrawn_at IS NULL;

-- A session cannot be added (or moved) to end after a certificate the class has already issued: the certificate is
-- dated at the class's end (TrainingClasses.addSession refuses first).
CREATE FUNCTION training_session_before_certificates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM training_certificate c WHERE c.class_id = NEW.class_id
               AND c.issued_at < (NEW.session_date + NEW.end_time) AT TIME ZONE 'Asia/Jakarta') THEN
        RAISE EXCEPTION 'training_session_certified_ck: class % has certificates dated before this session ends',
            NEW.class_id USING ERRCODE = 'check_violation', CONSTRAINT = 'training_session_certified_ck';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER training_session_before_certificates BEFORE INSERT OR UPDATE OF session_date, end_time, class_id
    ON training_session FOR EACH ROW EXECUTE FUNCTION training_session_before_certificates();
