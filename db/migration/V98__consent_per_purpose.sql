-- Issue 22: consent becomes separate, revocable choices. Each consent is for one purpose: taking part in the
-- programme (the consent given at registration, so every existing row), sharing data with a named partner for one
-- referral (reference_id: the referral), showing the business's products to partners in the catalogue, and
-- receiving WhatsApp and e-mail messages. text_version names the text the citizen agreed to.

ALTER TABLE consent RENAME COLUMN notice_version TO text_version;
ALTER TABLE consent ALTER COLUMN text_version TYPE varchar(60);
ALTER TABLE consent ADD COLUMN purpose varchar(20) NOT NULL DEFAULT 'PARTICIPATION';
ALTER TABLE consent ALTER COLUMN purpose DROP DEFAULT;
ALTER TABLE consent ADD COLUMN reference_id bigint;

ALTER TABLE consent ADD CONSTRAINT consent_purpose_check
    CHECK (purpose IN ('PARTICIPATION', 'PARTNER_SHARING', 'CATALOGUE', 'MESSAGES'));
ALTER TABLE consent ADD CONSTRAINT consent_reference_check
    CHECK ((purpose = 'PARTNER_SHARING') = (reference_id IS NOT NULL));
ALTER TABLE consent ADD CONSTRAINT consent_text_version_check CHECK (btrim(text_version) <> '');

-- Before one active consent per purpose is enforced: an older active duplicate (none is expected) ends when the
-- newer one was given.
UPDATE consent c SET withdrawn_at = greatest(c.given_at,
        (SELECT min(d.given_at) FROM consent d
          WHERE d.participant_id = c.participant_id AND d.withdrawn_at IS NULL AND d.id > c.id))
 WHERE c.withdrawn_at IS NULL
   AND EXISTS (SELECT 1 FROM consent d WHERE d.participant_id = c.participant_id AND d.withdrawn_at IS NULL
                  AND d.id > c.id);
UPDATE consent SET withdrawn_at = given_at WHERE withdrawn_at < given_at;
ALTER TABLE consent ADD CONSTRAINT consent_withdrawn_after_given CHECK (withdrawn_at >= given_at);

CREATE UNIQUE INDEX consent_active_uq ON consent (participant_id, purpose, (coalesce(reference_id, 0)))
    WHERE withdrawn_at IS NULL;
-- Partners' catalogue: the participants with an active consent to one purpose.
CREATE INDEX consent_active_purpose_idx ON consent (purpose, participant_id) WHERE withdrawn_at IS NULL;

CREATE VIEW participant_consent AS
SELECT participant_id, purpose, reference_id, text_version, given_at, withdrawn_at FROM consent;

COMMENT ON VIEW participant_consent IS
    'Published by entrepreneur: every consent of a participant, per purpose (PARTICIPATION, PARTNER_SHARING with '
    'the referral as reference_id, CATALOGUE, MESSAGES), with the text version and times; active when withdrawn_at '
    'is null. A partner-facing query filters on it, so a withdrawal ends the partner''s view at once.';
