-- Accounts by mobile number as well as by e-mail (decision 87): either is a login name, at least one is there.
-- Numbers are kept as +62… (account.PhoneNumbers), unique when present. The person's language for notices and
-- whether notices also go out by e-mail and by WhatsApp are their own preferences (/account).
ALTER TABLE account ALTER COLUMN email DROP NOT NULL;
ALTER TABLE account ADD COLUMN phone varchar(16);
ALTER TABLE account ADD CONSTRAINT account_phone_uq UNIQUE (phone);
ALTER TABLE account ADD CONSTRAINT account_phone_ck CHECK (phone ~ '^\+628[0-9]{8,11}$');
ALTER TABLE account ADD CONSTRAINT account_login_ck CHECK (email IS NOT NULL OR phone IS NOT NULL);
ALTER TABLE account ADD COLUMN language varchar(2) NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
ALTER TABLE account ADD COLUMN notify_email boolean NOT NULL DEFAULT true;
ALTER TABLE account ADD COLUMN notify_whatsapp boolean NOT NULL DEFAULT true;

-- The notification module reads where and in which language a notice goes from here.
CREATE OR REPLACE VIEW account_directory AS
SELECT id, full_name, email, role, enabled, phone, language, notify_email, notify_whatsapp
FROM account;

COMMENT ON VIEW account_directory IS 'Published by account: who an account is (name, email, role, enabled), its '
    'mobile number, language and notice channels.';
