-- The officer's home counts the referrals of their area still waiting for the partner's answer (status SENT);
-- a partial index keeps that count to the open ones instead of every referral ever made.
CREATE INDEX partner_referral_sent_idx ON partner_referral (participant_id) WHERE status = 'SENT';
