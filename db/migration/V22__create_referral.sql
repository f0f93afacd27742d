-- An officer refers a participant to a partner's offer; the partner (or an officer) moves it along
-- SENT -> ACCEPTED / REJECTED -> COMPLETED, and every change is kept with who and when.
CREATE TABLE partner_referral (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    offer_id        bigint       NOT NULL REFERENCES partner_offer (id),
    -- copied from the offer so that a partner's list is one indexed look-up
    partner_id      bigint       NOT NULL REFERENCES partner_organisation (id),
    participant_id  bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    status          varchar(10)  NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT', 'ACCEPTED', 'REJECTED', 'COMPLETED')),
    note            varchar(500),
    reason          varchar(500),
    created_by      bigint       NOT NULL REFERENCES account (id),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT partner_referral_reason_ck CHECK (status <> 'REJECTED' OR reason IS NOT NULL)
);
-- one open referral per participant and offer; a rejected or completed one may be followed by a new one
CREATE UNIQUE INDEX partner_referral_open_uq ON partner_referral (participant_id, offer_id)
    WHERE status IN ('SENT', 'ACCEPTED');
CREATE INDEX partner_referral_partner_idx ON partner_referral (partner_id, updated_at DESC, id DESC);
CREATE INDEX partner_referral_participant_idx ON partner_referral (participant_id, created_at DESC);
CREATE INDEX partner_referral_updated_idx ON partner_referral (updated_at DESC, id DESC);

CREATE TABLE partner_referral_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id  bigint       NOT NULL REFERENCES partner_referral (id) ON DELETE CASCADE,
    status       varchar(10)  NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'REJECTED', 'COMPLETED')),
    reason       varchar(500),
    changed_by   bigint       NOT NULL REFERENCES account (id),
    changed_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX partner_referral_event_idx ON partner_referral_event (referral_id, changed_at, id);
