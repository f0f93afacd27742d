-- An account whose password was set by someone else (an administrator, an officer) must choose its own at the
-- next login before anything else (decision 80).
ALTER TABLE account ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- Existing accounts opened by staff whose password was never changed since: staff, mentors and partner contacts,
-- and citizens registered at a counter (walk-in) by an officer. The demo accounts keep their public password.
UPDATE account a SET must_change_password = true
WHERE a.password_changed_at = a.created_at
  AND a.email NOT LIKE '%@demo.local'
  AND (a.role IN ('OFFICER', 'MENTOR', 'ADMIN', 'PARTNER')
       OR EXISTS (SELECT 1 FROM participant p WHERE p.account_id = a.id AND p.registered_by <> a.id));
