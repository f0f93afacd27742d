-- Issue 20 (decision 129): the officer's outlet tray counts the applications waiting for a place in her area. With
-- none waiting, the count probed each of the area's calls through outlet_application_call_idx (at 1,000,000
-- participants 384 calls and 90,000 bookings in a kota: 5-11 ms of database time on every /officer visit). Waiting
-- applications are few at any time, so a partial index holds only them and the count starts there.
CREATE INDEX outlet_application_waiting_idx ON outlet_application (call_id) WHERE status = 'APPLIED';
