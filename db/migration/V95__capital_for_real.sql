-- Capital for real (issue 18): an application records what the partner decided and what it paid out, and the
-- partner's notes are kept. Every referral to a CAPITAL offer is a capital application, also one an officer made
-- (then nobody asked an amount: requested amount and purpose stay empty).
ALTER TABLE capital_application ALTER COLUMN amount DROP NOT NULL;
ALTER TABLE capital_application ALTER COLUMN purpose DROP NOT NULL;
INSERT INTO capital_application (referral_id)
SELECT r.id FROM partner_referral r JOIN partner_offer o ON o.id = r.offer_id
WHERE o.kind = 'CAPITAL' AND NOT EXISTS (SELECT 1 FROM capital_application c WHERE c.referral_id = r.id);

ALTER TABLE capital_application
    -- the decision: approved amount (exact rupiah), tenor, product, and the day the partner decided (also a refusal)
    ADD COLUMN approved_amount  bigint CHECK (approved_amount > 0),
    ADD COLUMN tenor_months     integer CHECK (tenor_months BETWEEN 1 AND 360),
    ADD COLUMN product          varchar(60),
    ADD COLUMN decided_on       date,
    -- the disbursement: what was paid out and when
    ADD COLUMN disbursed_amount bigint CHECK (disbursed_amount > 0),
    ADD COLUMN disbursed_on     date,
    ADD CONSTRAINT capital_application_approved_le_requested_ck CHECK (approved_amount <= amount),
    ADD CONSTRAINT capital_application_approval_whole_ck CHECK (
        (approved_amount IS NULL AND tenor_months IS NULL AND product IS NULL)
        OR (approved_amount IS NOT NULL AND tenor_months IS NOT NULL AND product IS NOT NULL AND decided_on IS NOT NULL)),
    ADD CONSTRAINT capital_application_disbursement_whole_ck CHECK ((disbursed_amount IS NULL) = (disbursed_on IS NULL)),
    ADD CONSTRAINT capital_application_disbursed_after_approval_ck CHECK (disbursed_amount IS NULL
        OR (approved_amount IS NOT NULL AND disbursed_amount <= approved_amount AND disbursed_on >= decided_on));

-- The partner's note on each step is kept (it was dropped unless the step was a rejection): officers always see it,
-- the participant only when the partner ticks "show to the applicant"; a rejection's reason is always shown.
ALTER TABLE partner_referral_event ADD COLUMN shown_to_participant boolean NOT NULL DEFAULT false;
UPDATE partner_referral_event SET shown_to_participant = true WHERE status = 'REJECTED';
ALTER TABLE partner_referral_event ADD CONSTRAINT partner_referral_event_rejection_shown_ck
    CHECK (status <> 'REJECTED' OR shown_to_participant);

-- A capital referral is COMPLETED (disbursed) only with its disbursement recorded: checked at commit, when the
-- referral and its application have both been written.
CREATE FUNCTION capital_disbursement_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'COMPLETED' AND EXISTS (SELECT 1 FROM capital_application c
                                            WHERE c.referral_id = NEW.id AND c.disbursed_on IS NULL) THEN
        RAISE EXCEPTION 'capital referral % completed without a recorded disbursement', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'capital_disbursement_recorded';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER capital_disbursement_recorded AFTER INSERT OR UPDATE OF status ON partner_referral
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION capital_disbursement_recorded();

-- Published for the dashboards: each capital application's figures by the participant's area and the partner,
-- no names. Requested is what the participant asked (none for an officer's referral).
CREATE VIEW capital_application_figures AS
SELECT r.id AS referral_id, r.partner_id, org.name AS partner_name, p.city_code, p.district_code,
       extract(year FROM r.created_at AT TIME ZONE 'Asia/Jakarta')::smallint AS year, r.status,
       c.amount AS requested, c.approved_amount AS approved, c.disbursed_amount AS disbursed, c.disbursed_on
FROM partner_referral r
JOIN capital_application c ON c.referral_id = r.id
JOIN partner_organisation org ON org.id = r.partner_id
JOIN participant_directory p ON p.id = r.participant_id;
COMMENT ON VIEW capital_application_figures IS 'Published by partner: capital requested, approved and disbursed per application, by area and partner.';
