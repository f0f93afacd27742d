-- Issue 20 (decision 116): the officer's home counts the registrations waiting in the area on every visit
-- (entrepreneur's RegistrationInbox: status 'SUBMITTED', not erased, in a kota or kecamatan). The waiting-queue
-- indexes of V4 left "erased_at is null" to the table: the count read one heap page per waiting registration (a
-- bitmap heap scan, about a thousand pages per kota at 100,000 participants, ten thousand at 1,000,000). With the
-- condition in the indexes' predicate the count is an index-only scan, and the queue page (same predicate, ordered by
-- registered_at, id) reads the same index as before.
DROP INDEX participant_waiting_district_idx;
DROP INDEX participant_waiting_city_idx;
CREATE INDEX participant_waiting_district_idx ON participant (district_code, registered_at, id)
    WHERE status = 'SUBMITTED' AND erased_at IS NULL;
CREATE INDEX participant_waiting_city_idx ON participant (city_code, registered_at, id)
    WHERE status = 'SUBMITTED' AND erased_at IS NULL;
