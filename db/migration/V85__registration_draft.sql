-- A registration in progress (issue 19): the answers of the pages filled so far, kept between the pages of the
-- registration journey, online (keyed by a random token in an HttpOnly cookie) and at the counter (the token in the
-- officer's session). Only the token's SHA-256 is stored; the answers (NIK, KK and password among them) are one
-- AES-GCM ciphertext of the personal-data cipher, bound to the draft. A job deletes drafts past expires_at.
CREATE TABLE registration_draft (
    token_hash  bytea       PRIMARY KEY,
    answers     bytea       NOT NULL,
    updated_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);

CREATE INDEX registration_draft_expires_idx ON registration_draft (expires_at);

-- Registration without an e-mail address (decision 87): a claim may come with only the mobile number.
ALTER TABLE registration_claim ALTER COLUMN email DROP NOT NULL;
