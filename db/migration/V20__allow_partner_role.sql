-- A partner organisation's contact person can log in with the PARTNER role (issue 7): they see only the
-- referrals sent to their organisation.
ALTER TABLE account DROP CONSTRAINT account_role_check;
ALTER TABLE account ADD CONSTRAINT account_role_check
    CHECK (role IN ('ENTREPRENEUR', 'MENTOR', 'OFFICER', 'ADMIN', 'PARTNER'));
