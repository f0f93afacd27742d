-- Issue 18: documents as evidence (decisions 97 and 98). A document is a checked upload (PDF, JPEG or PNG, recognised
-- by its content; images re-encoded without metadata) kept as the evidence of one record of another module: a licence,
-- a capital application, a financial report, an outlet application (purpose + subject_id). The metadata lives here;
-- the bytes live behind document.domain.DocumentStore, whose PostgreSQL implementation keeps them in document_content,
-- so lists never read them and another store could hold them later.
CREATE TABLE document (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id bigint       NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    purpose        varchar(30)  NOT NULL
        CHECK (purpose IN ('LICENCE', 'CAPITAL_APPLICATION', 'FINANCIAL_REPORT', 'OUTLET_SALES')),
    subject_id     bigint       NOT NULL,
    filename       varchar(120) NOT NULL CHECK (filename ~ '^[A-Za-z0-9][A-Za-z0-9._ -]*$'),
    content_type   varchar(40)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     bigint       NOT NULL CHECK (size_bytes > 0),
    sha256         char(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by    bigint       NOT NULL,
    uploaded_at    timestamptz  NOT NULL
);
CREATE INDEX document_subject_idx ON document (purpose, subject_id);
CREATE INDEX document_participant_idx ON document (participant_id);

-- The bytes of the PostgreSQL DocumentStore, one row per document, removed with it.
CREATE TABLE document_content (
    document_id bigint PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    bytes       bytea  NOT NULL
);
ALTER TABLE document_content ALTER COLUMN bytes SET STORAGE EXTERNAL;
