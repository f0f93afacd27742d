-- Account administration (issue 17): an administrator deactivates an account with a reason (it can no longer log
-- in, distinct from an online registration not yet activated: enabled = false) and reactivates it; the last login
-- is kept for the account's page; every administrative action is a row of account_audit (decision 92).
ALTER TABLE account ADD COLUMN deactivated_at timestamptz;
ALTER TABLE account ADD COLUMN last_login_at timestamptz;

-- Who did what to which account, when and why. Never a secret: a reset link or an activation code is sent, not kept.
CREATE TABLE account_audit (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    actor_id   bigint       NOT NULL REFERENCES account (id),
    action     varchar(20)  NOT NULL CHECK (action IN ('CREATED', 'DEACTIVATED', 'REACTIVATED', 'RESET_SENT',
                                                       'ACTIVATION_SENT')),
    reason     varchar(500) CHECK (reason IS NULL OR btrim(reason) <> ''),
    at         timestamptz  NOT NULL
);
-- the account's page shows its actions, latest first
CREATE INDEX account_audit_account_idx ON account_audit (account_id, at DESC, id DESC);
CREATE INDEX account_audit_actor_idx ON account_audit (actor_id);

-- The administrators' search: any part of a name or an e-mail address, over every account (a million citizens).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX account_name_trgm_idx ON account USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX account_email_trgm_idx ON account USING gin (email gin_trgm_ops);
-- the list's order without a role filter
CREATE INDEX account_name_idx ON account (lower(full_name), id);
CREATE INDEX account_phone_trgm_idx ON account USING gin (phone gin_trgm_ops);

-- For the other modules "enabled" stays "can log in": neither awaiting activation nor deactivated (no notices to a
-- closed account, no deactivated officer in a secretariat).
CREATE OR REPLACE VIEW account_directory AS
SELECT id, full_name, email, role, enabled AND deactivated_at IS NULL AS enabled, phone, language, notify_email,
       notify_whatsapp
FROM account;
