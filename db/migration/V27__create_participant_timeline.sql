-- Each participant's timeline: every step change (a step completed, a phase change, a licence recorded or
-- verified, a certificate, a monthly report, a capital application's status), with who and when. Written by the
-- programme module's listeners in the transaction of the change; never updated. The text is a message key plus
-- arguments, so it is shown in the reader's language.
CREATE TABLE participant_timeline (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id  bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    kind            varchar(24)  NOT NULL,
    args            text[]       NOT NULL DEFAULT '{}',
    -- who made the change; NULL when the portal did (a scheduled job, a re-assessment)
    actor_id        bigint       REFERENCES account (id) ON DELETE SET NULL,
    occurred_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX participant_timeline_idx ON participant_timeline (participant_id, occurred_at DESC, id DESC);
