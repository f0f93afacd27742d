-- P7 Permodalan: an application for a partner's capital product is a referral to a CAPITAL offer, made by the
-- participant themself (decision 50). Capital referrals have one more status, APPROVED, between ACCEPTED (under
-- review) and COMPLETED (disbursed).
ALTER TABLE partner_referral DROP CONSTRAINT partner_referral_status_check;
ALTER TABLE partner_referral ADD CONSTRAINT partner_referral_status_check
    CHECK (status IN ('SENT', 'ACCEPTED', 'APPROVED', 'REJECTED', 'COMPLETED'));
ALTER TABLE partner_referral_event DROP CONSTRAINT partner_referral_event_status_check;
ALTER TABLE partner_referral_event ADD CONSTRAINT partner_referral_event_status_check
    CHECK (status IN ('SENT', 'ACCEPTED', 'APPROVED', 'REJECTED', 'COMPLETED'));
DROP INDEX partner_referral_open_uq;
CREATE UNIQUE INDEX partner_referral_open_uq ON partner_referral (participant_id, offer_id)
    WHERE status IN ('SENT', 'ACCEPTED', 'APPROVED');

-- what the participant asks for: the amount in whole rupiah and what the money is for
CREATE TABLE capital_application (
    referral_id  bigint       PRIMARY KEY REFERENCES partner_referral (id) ON DELETE CASCADE,
    amount       bigint       NOT NULL CHECK (amount BETWEEN 100000 AND 10000000000),
    purpose      varchar(500) NOT NULL
);
