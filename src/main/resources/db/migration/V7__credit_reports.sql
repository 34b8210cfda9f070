-- Credit reports (信用报告) as issued, kept to verify them: the number, who asked, about whom
-- (the subject's key: the credit code, or for a person the keyed hash of the identity number,
-- never personal data in clear text), as of which change-feed position, when, until when it
-- verifies as valid, and the SHA-256 of its canonical JSON with the id of the key that signed it.
-- The content itself is not kept: the holder of a report presents it for verification.

CREATE TABLE credit_report (
    number          text        PRIMARY KEY,
    client_id       text        NOT NULL,
    subject_key     text        NOT NULL,
    as_of_position  bigint      NOT NULL,
    issued_at       timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    content_hash    bytea       NOT NULL CHECK (length(content_hash) = 32),
    kid             text        NOT NULL,
    -- SHA-256 of the PDF as delivered; null for a JSON report
    document_hash   bytea       CHECK (length(document_hash) = 32),
    CHECK (expires_at > issued_at)
);

CREATE INDEX credit_report_by_client ON credit_report (client_id, issued_at DESC);
CREATE INDEX credit_report_by_subject ON credit_report (subject_key, issued_at DESC);
