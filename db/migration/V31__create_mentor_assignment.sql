-- Who mentors whom. A row is never deleted while its participant exists: reassignment ends the current row (with
-- who, when and why) and adds a new one, so the history of who mentored whom is complete.
CREATE TABLE mentor_assignment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    mentor_id      bigint       NOT NULL REFERENCES mentor (id),
    track          varchar(24)  NOT NULL REFERENCES mentoring_track (code),
    assigned_at    timestamptz  NOT NULL DEFAULT now(),
    assigned_by    bigint       NOT NULL REFERENCES account (id),
    -- why this mentor replaced the previous one (reassignment only)
    assign_note    varchar(500),
    ended_at       timestamptz,
    ended_by       bigint       REFERENCES account (id),
    end_reason     varchar(14)  CHECK (end_reason IN ('REASSIGNED', 'MENTEE_REQUEST', 'COMPLETED', 'WITHDRAWN')),
    end_note       varchar(500),
    CONSTRAINT mentor_assignment_end_ck CHECK ((ended_at IS NULL) = (end_reason IS NULL)
        AND (ended_at IS NULL) = (ended_by IS NULL)),
    CONSTRAINT mentor_assignment_order_ck CHECK (ended_at IS NULL OR ended_at >= assigned_at)
);
-- One current mentor per participant: two officers assigning the same participant at once cannot both succeed.
CREATE UNIQUE INDEX mentor_assignment_active_uq ON mentor_assignment (participant_id) WHERE ended_at IS NULL;
-- A mentor's current mentees.
CREATE INDEX mentor_assignment_mentor_idx ON mentor_assignment (mentor_id, assigned_at) WHERE ended_at IS NULL;
-- A participant's history, newest first.
CREATE INDEX mentor_assignment_history_idx ON mentor_assignment (participant_id, assigned_at DESC);

-- Keeps mentor.active_mentees equal to the mentor's current assignments. The UPDATE takes the mentor's row lock, so
-- concurrent assignments to one mentor are counted one after the other, and mentor_capacity_holds refuses the one
-- that would go over capacity, whatever the application did before. A paused mentor takes no new mentee either.
CREATE FUNCTION mentor_assignment_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.ended_at IS NULL THEN
        UPDATE mentor SET active_mentees = active_mentees - 1 WHERE id = OLD.mentor_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.ended_at IS NULL THEN
        UPDATE mentor SET active_mentees = active_mentees + 1 WHERE id = NEW.mentor_id AND NOT paused;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'mentor_not_paused: mentor % is paused', NEW.mentor_id
                USING ERRCODE = 'check_violation', CONSTRAINT = 'mentor_not_paused';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER mentor_assignment_counts AFTER INSERT OR DELETE OR UPDATE OF ended_at, mentor_id ON mentor_assignment
    FOR EACH ROW EXECUTE FUNCTION mentor_assignment_count();

-- An entrepreneur asks for another mentor, with a reason; an officer reassigns or declines, with a note.
CREATE TABLE mentor_change_request (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id  bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    assignment_id   bigint       NOT NULL REFERENCES mentor_assignment (id) ON DELETE CASCADE,
    reason          varchar(500) NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 10 AND 500),
    requested_at    timestamptz  NOT NULL DEFAULT now(),
    resolved_at     timestamptz,
    resolved_by     bigint       REFERENCES account (id),
    resolution      varchar(10)  CHECK (resolution IN ('REASSIGNED', 'DECLINED')),
    resolution_note varchar(500),
    CONSTRAINT mentor_change_request_resolved_ck CHECK ((resolved_at IS NULL) = (resolution IS NULL)
        AND (resolved_at IS NULL) = (resolved_by IS NULL))
);
-- At most one open request per participant; officers see the open ones oldest first.
CREATE UNIQUE INDEX mentor_change_request_open_uq ON mentor_change_request (participant_id) WHERE resolved_at IS NULL;
CREATE INDEX mentor_change_request_queue_idx ON mentor_change_request (requested_at, id) WHERE resolved_at IS NULL;
