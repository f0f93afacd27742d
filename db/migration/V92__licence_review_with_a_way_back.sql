-- Issue 18: a licence is reviewed with a way back. The officer verifies an issued licence or returns it with a
-- reason the citizen reads; she corrects and submits it again. The review's state is stored beside the status the
-- citizen states (IN_PROCESS or ISSUED):
--   IN_PROCESS  the licence is still being obtained: nothing for an officer
--   SUBMITTED   issued, waiting for an officer (first submission or a resubmission after a return)
--   RETURNED    an officer returned it with a reason; waiting for the citizen
--   VERIFIED    an officer verified it: the only state that counts (P4, outlet eligibility, capital readiness)
ALTER TABLE licence
    ADD COLUMN state         varchar(10),
    ADD COLUMN return_reason varchar(500),
    ADD COLUMN returned_by   bigint REFERENCES account (id),
    ADD COLUMN returned_at   timestamptz;

UPDATE licence SET state = CASE WHEN status = 'IN_PROCESS' THEN 'IN_PROCESS'
                                WHEN verified_at IS NOT NULL THEN 'VERIFIED'
                                ELSE 'SUBMITTED' END;

ALTER TABLE licence
    ALTER COLUMN state SET NOT NULL,
    ADD CONSTRAINT licence_state_ck CHECK (state IN ('IN_PROCESS', 'SUBMITTED', 'RETURNED', 'VERIFIED')),
    -- only an issued licence goes to an officer
    ADD CONSTRAINT licence_state_status_ck CHECK ((state = 'IN_PROCESS') = (status = 'IN_PROCESS')),
    -- a verified licence names its officer and time, and only a verified one does
    ADD CONSTRAINT licence_state_verified_ck CHECK ((state = 'VERIFIED') = (verified_at IS NOT NULL)
        AND (state <> 'VERIFIED' OR verified_by IS NOT NULL)),
    -- a returned licence carries its reason, officer and time; the reason is not blank
    ADD CONSTRAINT licence_state_returned_ck CHECK (state <> 'RETURNED'
        OR (return_reason IS NOT NULL AND btrim(return_reason) <> '' AND returned_by IS NOT NULL
            AND returned_at IS NOT NULL));

-- the officers' queue: submitted licences, oldest first (replaces the queue of unverified issued licences)
DROP INDEX licence_unverified_idx;
CREATE INDEX licence_submitted_idx ON licence (recorded_at, id) WHERE state = 'SUBMITTED';

-- Published by licensing: the licences an officer verified, the only ones that open anything. A reader filters
-- the expiry date with its own "today" (expires_on is null or expires_on >= :today).
CREATE VIEW verified_licence AS
SELECT participant_id, licence_type, licence_number, issued_on, expires_on, verified_by, verified_at
FROM licence
WHERE state = 'VERIFIED';

COMMENT ON VIEW verified_licence IS
    'Published by licensing: licences verified by an officer (filter expires_on with the reader''s today).';
