-- catalogue: a resized photo names the participant whose product it shows, so her erasure deletes it even when the
-- product has left the Katalog (decision 118).
ALTER TABLE catalogue_thumbnail ADD COLUMN participant_id bigint NOT NULL REFERENCES participant (id) ON DELETE CASCADE;
CREATE INDEX catalogue_thumbnail_participant_idx ON catalogue_thumbnail (participant_id);
