-- Issue 21, e-Order (decisions 120-122): buyers. A buyer is a purchasing officer of a DKI agency (SKPD/OPD), a BUMD
-- or a school, with a BUYER login, scoped to exactly one buyer organisation: they see that organisation's orders
-- only. Organisations and buyer accounts are made by an administrator, or requested on the public form and
-- approved (or rejected with a reason) by an administrator.

ALTER TABLE account DROP CONSTRAINT account_role_check;
ALTER TABLE account ADD CONSTRAINT account_role_check
    CHECK (role IN ('ENTREPRENEUR', 'MENTOR', 'OFFICER', 'ADMIN', 'PARTNER', 'BUYER'));

CREATE TABLE buyer_organisation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        varchar(6)   NOT NULL CHECK (kind IN ('AGENCY', 'BUMD', 'SCHOOL')),
    name        varchar(160) NOT NULL CHECK (length(btrim(name)) > 0),
    -- the kota it sits in, when it is not province-wide
    city_code   varchar(13)  REFERENCES region (code),
    created_by  bigint       NOT NULL REFERENCES account (id),
    created_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX buyer_organisation_name_uq ON buyer_organisation (lower(name));

-- A purchasing officer of an organisation. Name, work e-mail and phone are the person's contact (personal data);
-- account_id is their BUYER login, linked once it is opened.
CREATE TABLE buyer (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint       NOT NULL REFERENCES buyer_organisation (id),
    full_name        varchar(120) NOT NULL,
    email            varchar(254) NOT NULL,
    phone            varchar(20),
    position         varchar(120),
    account_id       bigint       UNIQUE REFERENCES account (id),
    created_at       timestamptz  NOT NULL
);
CREATE UNIQUE INDEX buyer_email_uq ON buyer (email);
CREATE INDEX buyer_organisation_idx ON buyer (organisation_id, full_name);

-- A request for a buyer account from the public form: who asks, for which organisation (as they name it), and the
-- administrator's answer. Approving opens the account (activation link to the work e-mail) and links the buyer;
-- rejecting keeps the reason. One open request per e-mail address.
CREATE TABLE buyer_request (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_kind  varchar(6)   NOT NULL CHECK (organisation_kind IN ('AGENCY', 'BUMD', 'SCHOOL')),
    organisation_name  varchar(160) NOT NULL,
    full_name          varchar(120) NOT NULL,
    email              varchar(254) NOT NULL,
    phone              varchar(20)  NOT NULL,
    position           varchar(120) NOT NULL,
    status             varchar(8)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    reject_reason      varchar(500),
    requested_at       timestamptz  NOT NULL,
    decided_by         bigint       REFERENCES account (id),
    decided_at         timestamptz,
    buyer_id           bigint       REFERENCES buyer (id),
    CONSTRAINT buyer_request_decided_ck CHECK ((status = 'PENDING') = (decided_at IS NULL)
        AND (decided_at IS NULL) = (decided_by IS NULL)),
    CONSTRAINT buyer_request_rejected_ck CHECK ((status = 'REJECTED') = (reject_reason IS NOT NULL)),
    CONSTRAINT buyer_request_approved_ck CHECK ((status = 'APPROVED') = (buyer_id IS NOT NULL))
);
CREATE UNIQUE INDEX buyer_request_pending_email_uq ON buyer_request (email) WHERE status = 'PENDING';
CREATE INDEX buyer_request_queue_idx ON buyer_request (status, requested_at, id);
