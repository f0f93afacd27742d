-- Portal accounts: every person who logs in. The email is the login and is stored lower-cased.
CREATE TABLE account (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         varchar(254) NOT NULL,
    password_hash varchar(200) NOT NULL,
    full_name     varchar(120) NOT NULL,
    role          varchar(20)  NOT NULL CHECK (role IN ('ENTREPRENEUR', 'MENTOR', 'OFFICER', 'ADMIN')),
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT account_email_uq UNIQUE (email),
    CONSTRAINT account_email_lower_ck CHECK (email = lower(email))
);

CREATE INDEX account_role_idx ON account (role, full_name);

-- The area an officer or mentor works in: kota or kecamatan codes.
CREATE TABLE account_area (
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    region_code varchar(13) NOT NULL REFERENCES region (code),
    PRIMARY KEY (account_id, region_code)
);

-- Failed-login throttling, shared by every portal instance. The key is the login name plus the
-- client address, so that an attacker elsewhere cannot lock a real user out.
CREATE TABLE login_throttle (
    throttle_key  varchar(320) PRIMARY KEY,
    failures      integer      NOT NULL,
    first_failure timestamptz  NOT NULL,
    locked_until  timestamptz
);
