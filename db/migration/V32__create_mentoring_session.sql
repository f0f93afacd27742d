-- Mentoring sessions as the mentor logs them, and the actions agreed in them. The mentee sees both and ticks
-- actions done. The verified monthly sales (omzet) figure is for one calendar month (its first day is stored).
CREATE TABLE mentoring_session (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assignment_id    bigint        NOT NULL REFERENCES mentor_assignment (id) ON DELETE CASCADE,
    participant_id   bigint        NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    mentor_id        bigint        NOT NULL REFERENCES mentor (id),
    held_on          date          NOT NULL,
    mode             varchar(6)    NOT NULL CHECK (mode IN ('VISIT', 'ONLINE', 'PHONE', 'GROUP')),
    duration_minutes integer       NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    topics           varchar(300)  NOT NULL CHECK (btrim(topics) <> ''),
    notes            varchar(2000),
    next_meeting_on  date,
    sales_month      date,
    verified_sales   bigint        CHECK (verified_sales >= 0),
    logged_at        timestamptz   NOT NULL DEFAULT now(),
    logged_by        bigint        NOT NULL REFERENCES account (id),
    CONSTRAINT mentoring_session_next_ck CHECK (next_meeting_on IS NULL OR next_meeting_on >= held_on),
    CONSTRAINT mentoring_session_sales_ck CHECK ((sales_month IS NULL) = (verified_sales IS NULL)),
    CONSTRAINT mentoring_session_month_ck CHECK (sales_month IS NULL
        OR (extract(day FROM sales_month) = 1 AND sales_month <= held_on))
);
-- A participant's sessions, newest first (their page, the mentor's "last session", the P3 rule).
CREATE INDEX mentoring_session_participant_idx ON mentoring_session (participant_id, held_on DESC, id DESC);
CREATE INDEX mentoring_session_assignment_idx ON mentoring_session (assignment_id);

CREATE TABLE mentoring_action (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id     bigint       NOT NULL REFERENCES mentoring_session (id) ON DELETE CASCADE,
    participant_id bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    description    varchar(300) NOT NULL CHECK (btrim(description) <> ''),
    due_on         date         NOT NULL,
    done_at        timestamptz,
    done_by        bigint       REFERENCES account (id),
    CONSTRAINT mentoring_action_done_ck CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX mentoring_action_session_idx ON mentoring_action (session_id, id);
-- Open actions: per participant (overdue counts), and by due date (the daily reminder).
CREATE INDEX mentoring_action_open_idx ON mentoring_action (participant_id, due_on) WHERE done_at IS NULL;
CREATE INDEX mentoring_action_due_idx ON mentoring_action (due_on) WHERE done_at IS NULL;
