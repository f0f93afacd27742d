-- In-portal notices (the bell): one row per notice and account. The text is a message key plus arguments, so it is
-- shown in the reader's language. A notice with a dedupe key is stored once per account, so a daily reminder run on
-- several instances, or twice, notifies once.
CREATE TABLE notification (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       varchar(30)  NOT NULL,
    args       text[]       NOT NULL DEFAULT '{}',
    -- a path inside the portal, never an outside address
    link       varchar(300) NOT NULL CHECK (link ~ '^/[^/]'),
    created_at timestamptz  NOT NULL DEFAULT now(),
    read_at    timestamptz,
    dedupe_key varchar(80)
);
CREATE INDEX notification_account_idx ON notification (account_id, created_at DESC, id DESC);
-- The bell's count on every page.
CREATE INDEX notification_unread_idx ON notification (account_id) WHERE read_at IS NULL;
CREATE UNIQUE INDEX notification_dedupe_uq ON notification (account_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
