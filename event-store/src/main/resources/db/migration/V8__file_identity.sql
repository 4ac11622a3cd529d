-- A file's identity was the SHA-256 of its content alone. Start-of-day, end-of-day and TT
-- snapshot files carry their business date or snapshot time only in the file name, so an
-- unchanged position file for the next day, or an unchanged snapshot 30 s later, looked like a
-- redelivery and was dropped. The identity is now computed per feed kind (ADR 0011): the
-- content hash for market data, whose rows carry their own times, and a hash of the file name
-- and content for the others. Existing rows keep their content hash as identity.
ALTER TABLE ingested_file ADD COLUMN identity CHAR(64);
UPDATE ingested_file SET identity = content_sha256;
ALTER TABLE ingested_file ALTER COLUMN identity SET NOT NULL;
ALTER TABLE ingested_file DROP CONSTRAINT ingested_file_pkey;
ALTER TABLE ingested_file ADD PRIMARY KEY (identity);
CREATE INDEX ingested_file_content_idx ON ingested_file (content_sha256);
