-- Issue 22, second part.
-- 1. Consent to messages: a participant whose account sends notices by e-mail or WhatsApp today has that choice
--    recorded as her MESSAGES consent (the text shown on /me/privacy and /account, version messages-2026-12), from
--    her registration; she can withdraw it there.
INSERT INTO consent (participant_id, purpose, text_version, given_at)
SELECT p.id, 'MESSAGES', 'messages-2026-12', p.registered_at
FROM participant p JOIN account a ON a.id = p.account_id
WHERE (a.notify_email OR a.notify_whatsapp)
  AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.participant_id = p.id AND c.purpose = 'MESSAGES'
                     AND c.withdrawn_at IS NULL);

-- 2. Breach response: who an account touched. Each module publishes the trail its own tables keep of what an account
--    did to whom; the breach module reads them for one account and a time window (indexes by actor and time).

-- entrepreneur: NIK/KK reveals and KTP checks (personal_data_access) and profile edits (participant_change)
CREATE INDEX participant_change_actor_idx ON participant_change (changed_by, changed_at);
CREATE VIEW personal_data_touch AS
SELECT participant_id, accessed_by AS actor_id, accessed_at AS at, 'REVEAL' AS source, field AS detail
FROM personal_data_access
UNION ALL
SELECT participant_id, changed_by, changed_at, 'CHANGE', field
FROM participant_change;
COMMENT ON VIEW personal_data_touch IS
    'Published by entrepreneur: every time an account revealed (REVEAL: the field, NIK, KK or KTP) or changed '
    '(CHANGE: the field) a participant''s personal data; never the values.';

-- timeline: the entries an account caused (validations, grades, sessions, referrals...)
CREATE INDEX participant_timeline_actor_idx ON participant_timeline (actor_id, occurred_at) WHERE actor_id IS NOT NULL;
CREATE VIEW timeline_actor_entry AS
SELECT participant_id, actor_id, occurred_at, kind FROM participant_timeline WHERE actor_id IS NOT NULL;
COMMENT ON VIEW timeline_actor_entry IS
    'Published by timeline: the participant timeline entries made by an account (kind and time, not the arguments).';

-- partner: the status changes of referrals an account made (partner contacts and officers); views are not logged
CREATE INDEX partner_referral_event_actor_idx ON partner_referral_event (changed_by, changed_at);
CREATE VIEW referral_actor_entry AS
SELECT r.participant_id, e.changed_by AS actor_id, e.changed_at, e.status
FROM partner_referral_event e JOIN partner_referral r ON r.id = e.referral_id;
COMMENT ON VIEW referral_actor_entry IS
    'Published by partner: who changed a participant''s referral to which status, and when.';

-- account: what an administrator did to another account (created, deactivated, sent a reset or activation)
DROP INDEX account_audit_actor_idx;
CREATE INDEX account_audit_actor_idx ON account_audit (actor_id, at);
CREATE VIEW account_audit_entry AS
SELECT account_id, actor_id, at, action FROM account_audit;
COMMENT ON VIEW account_audit_entry IS
    'Published by account: an account''s action on another account (CREATED, DEACTIVATED, REACTIVATED, RESET_SENT, '
    'ACTIVATION_SENT) and when.';

-- The incident an administrator records: the account suspected, the window, when the breach was discovered (the
-- 3 x 24 hour deadline of UU 27/2022 runs from it) and when its notices were sent.
CREATE TABLE breach_incident (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id       bigint       NOT NULL REFERENCES account (id),
    window_from      timestamptz  NOT NULL,
    window_until     timestamptz  NOT NULL,
    discovered_at    timestamptz  NOT NULL,
    description      varchar(500) NOT NULL CHECK (btrim(description) <> ''),
    recorded_by      bigint       NOT NULL REFERENCES account (id),
    recorded_at      timestamptz  NOT NULL,
    notified_at      timestamptz,
    notified         integer      CHECK (notified >= 0),
    CONSTRAINT breach_incident_window_ck CHECK (window_from < window_until),
    CONSTRAINT breach_incident_notified_ck CHECK ((notified_at IS NULL) = (notified IS NULL))
);
CREATE INDEX breach_incident_recorded_idx ON breach_incident (recorded_at DESC, id DESC);
