-- Failed logins counted twice, once for the login name (ACCOUNT) and once for the client address (ADDRESS),
-- each with the earliest moment its next attempt is checked (decision 79). Replaces login_throttle, whose
-- (login, address) pair let an attacker rotate addresses and lock the real user out from a shared address.
DROP TABLE login_throttle;

CREATE TABLE login_failure (
    scope        varchar(7)   NOT NULL CHECK (scope IN ('ACCOUNT', 'ADDRESS')),
    subject      varchar(254) NOT NULL,
    failures     integer      NOT NULL,
    last_failure timestamptz  NOT NULL,
    next_attempt timestamptz  NOT NULL,
    PRIMARY KEY (scope, subject)
);

-- the clean-up of forgotten counters reads by age
CREATE INDEX login_failure_last_idx ON login_failure (last_failure);
