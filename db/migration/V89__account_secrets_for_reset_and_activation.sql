-- One-time secrets of an account (issue 17, decision 95): password-reset links and activation codes and links.
-- A person whose account someone else opened (a citizen at the counter, staff, mentors, partner contacts) chooses
-- their own password with an activation code (from a printed slip or a message); an online registration opens with
-- the link mailed to the address; anyone may ask for a reset link to the address of their account. Only hashes are
-- kept: the SHA-256 of a link's token (32 random bytes) and of the account id with the code.
CREATE TABLE account_secret (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose       varchar(10) NOT NULL CHECK (purpose IN ('RESET', 'ACTIVATION')),
    token_hash    bytea       NOT NULL UNIQUE,
    code_hash     bytea,
    -- false only for an online registration's link: its owner chose the password when registering
    sets_password boolean     NOT NULL,
    issued_by     bigint      REFERENCES account (id),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz
);
CREATE INDEX account_secret_account_idx ON account_secret (account_id, purpose);
CREATE INDEX account_secret_code_idx ON account_secret (code_hash) WHERE code_hash IS NOT NULL;

-- the registration links sent before this keep working
INSERT INTO account_secret (account_id, purpose, token_hash, sets_password, created_at, expires_at, used_at)
SELECT account_id, 'ACTIVATION', token_hash, false, created_at, expires_at, used_at FROM registration_activation;
DROP TABLE registration_activation;

-- reset requests are counted like failed logins, per login name and per client address, with counters of their own
ALTER TABLE login_failure ALTER COLUMN scope TYPE varchar(13);
ALTER TABLE login_failure DROP CONSTRAINT login_failure_scope_check;
ALTER TABLE login_failure ADD CONSTRAINT login_failure_scope_check
    CHECK (scope IN ('ACCOUNT', 'ADDRESS', 'RESET_ACCOUNT', 'RESET_ADDRESS'));

-- an officer who issues a new activation code at the counter has checked the citizen's KTP: logged like a reveal,
-- and shown to the citizen on /me/privacy
ALTER TABLE personal_data_access DROP CONSTRAINT personal_data_access_field_check;
ALTER TABLE personal_data_access ADD CONSTRAINT personal_data_access_field_check CHECK (field IN ('NIK', 'KK', 'KTP'));
ALTER TABLE personal_data_access DROP CONSTRAINT personal_data_access_purpose_check;
ALTER TABLE personal_data_access ADD CONSTRAINT personal_data_access_purpose_check
    CHECK (purpose IN ('VERIFY_IDENTITY', 'CORRECT_RECORD', 'LICENCE', 'FINANCING', 'SOCIAL_PROGRAMME',
                       'CITIZEN_REQUEST', 'AUDIT', 'ACCOUNT_ACTIVATION'));
