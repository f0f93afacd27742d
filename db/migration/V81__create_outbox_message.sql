-- The outbox of the notification module (decision 86): every message that leaves the portal by e-mail or WhatsApp is
-- first a row here, written in the transaction of the change it tells about, then sent by a worker after the commit
-- (and retried with back-off). The text is rendered at sending time from kind, language and arguments. A secret (an
-- activation or reset link) is kept only until the message is sent; last_error is a short code, never a provider's
-- text.
CREATE TABLE outbox_message (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- null: an address typed into a public form that belongs to no account (a registration claim's answer)
    account_id      bigint       REFERENCES account (id) ON DELETE CASCADE,
    channel         varchar(10)  NOT NULL CHECK (channel IN ('EMAIL', 'WHATSAPP')),
    -- a NoticeKind or SecretKind name
    kind            varchar(40)  NOT NULL,
    language        varchar(2)   NOT NULL CHECK (language IN ('id', 'en')),
    -- the e-mail address or +62 number at the time of writing
    recipient       varchar(254) NOT NULL,
    args            text[]       NOT NULL DEFAULT '{}',
    link            varchar(300) CHECK (link ~ '^/[^/]'),
    secret          text,
    status          varchar(10)  NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    -- attempts started; a claimed message's next_attempt_at is the end of its lease
    attempts        integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz  NOT NULL,
    last_error      varchar(60),
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT outbox_message_secret_ck CHECK (status = 'QUEUED' OR secret IS NULL),
    CONSTRAINT outbox_message_sent_ck CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
-- What the worker claims: due queued messages, oldest first.
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at, id) WHERE status = 'QUEUED';
CREATE INDEX outbox_message_failed_idx ON outbox_message (created_at) WHERE status = 'FAILED';
CREATE INDEX outbox_message_account_idx ON outbox_message (account_id, created_at DESC);

-- Published by notification: which dedupe keys an account's notices already used, so a job that notifies many
-- (mentoring's action reminders) skips what it already sent in its own query.
CREATE VIEW notice_dedupe AS
SELECT account_id, dedupe_key FROM notification WHERE dedupe_key IS NOT NULL;

COMMENT ON VIEW notice_dedupe IS 'Published by notification: the dedupe keys of each account''s notices.';
