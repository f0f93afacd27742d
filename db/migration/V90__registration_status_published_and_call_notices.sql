-- Issue 17 (notices of events): two facts the notices need.
--
-- The registration's status and validation time join entrepreneur's published participant_directory (columns
-- added at the end, so CREATE OR REPLACE keeps every reader): the notices of issue 17 reach only participants whose
-- registration is validated (a new outlet call that fits them, the monthly report due) without reading the
-- participant table of another module.
CREATE OR REPLACE VIEW participant_directory AS
SELECT id, account_id, full_name, business_name, sector, products, monthly_sales, phone, address,
       city_code, district_code, village_code, fostering_agency, registered_at, job_seeker, poor_family, disability,
       status AS registration_status, validated_at
FROM participant;

COMMENT ON VIEW participant_directory IS
    'Published by entrepreneur: a participant''s name, business, contact, area, agency, target groups, and the '
    'registration''s status and validation time.';

-- A new outlet call is announced to the participants it fits by a job (outlet.call-notices), not in the officer's
-- request: when it did, the call is marked here. Calls open before this migration count as announced.
ALTER TABLE outlet_call ADD COLUMN fits_noticed_at timestamptz;
UPDATE outlet_call SET fits_noticed_at = created_at;
CREATE INDEX outlet_call_fits_pending_idx ON outlet_call (id) WHERE fits_noticed_at IS NULL;
