-- The two public credit databases of the plan and the submissions that fill them.
--
-- 法人库 (legal persons and other organisations) and 自然人库 (natural persons) hold the subjects;
-- credit_record holds each record's current version (the read model) and credit_record_version
-- its whole history. A person's identity number is never stored in clear text: a keyed hash
-- finds the person, an encrypted copy serves the exchange, a masked copy serves display.

CREATE TABLE legal_person (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credit_code    text        NOT NULL,
    -- 工商注册号, identifying individual businesses whose code is the placeholder
    registration_number text,
    subject_key    text        GENERATED ALWAYS AS (
                       CASE WHEN credit_code = '00000000000000000X'
                            THEN 'GSZC:' || registration_number
                            ELSE credit_code END) STORED,
    name           text        NOT NULL,
    category       text        NOT NULL,
    division_code  text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (credit_code <> '00000000000000000X' OR registration_number IS NOT NULL),
    UNIQUE (subject_key)
);

CREATE TABLE natural_person (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    identity_hash    bytea       NOT NULL UNIQUE,
    identity_sealed  bytea       NOT NULL,
    identity_masked  text        NOT NULL,
    name_sealed      bytea       NOT NULL,
    name_masked      text        NOT NULL,
    division_code    text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE submission (
    id                uuid        PRIMARY KEY,
    client_id         text        NOT NULL,
    idempotency_key   text,
    -- SHA-256 over the media type, the mode and the body: what "the same request" means
    fingerprint       bytea       NOT NULL,
    media_type        text        NOT NULL,
    atomic            boolean     NOT NULL,
    status            text        NOT NULL CHECK (status IN ('RECEIVED', 'PROCESSING', 'COMPLETED', 'REJECTED')),
    record_count      integer     NOT NULL,
    body_bytes        bigint      NOT NULL,
    chunks_done       integer     NOT NULL DEFAULT 0,
    created           integer     NOT NULL DEFAULT 0,
    corrected         integer     NOT NULL DEFAULT 0,
    unchanged         integer     NOT NULL DEFAULT 0,
    rejected          integer     NOT NULL DEFAULT 0,
    lease_owner       text,
    lease_until       timestamptz,
    received_at       timestamptz NOT NULL DEFAULT now(),
    completed_at      timestamptz
);

-- Idempotency keys are scoped per client and kept with their submission.
CREATE UNIQUE INDEX submission_idempotency ON submission (client_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX submission_by_client ON submission (client_id, received_at DESC, id);
CREATE INDEX submission_unfinished ON submission (lease_until)
    WHERE status IN ('RECEIVED', 'PROCESSING');

-- The body as received, stored before any answer, so that processing resumes after a crash.
-- Deleted once the submission is finished.
CREATE TABLE submission_payload (
    submission_id  uuid    NOT NULL REFERENCES submission ON DELETE CASCADE,
    part           integer NOT NULL,
    bytes          bytea   NOT NULL,
    PRIMARY KEY (submission_id, part)
);

-- Why a record of a submission was refused; messages are rendered in the reader's language from
-- the message key and its arguments.
CREATE TABLE submission_error (
    submission_id  uuid    NOT NULL REFERENCES submission ON DELETE CASCADE,
    record_index   integer NOT NULL,
    seq            integer NOT NULL,
    line           bigint,
    record_type    text,
    source_ref     text,
    pointer        text    NOT NULL,
    code           text    NOT NULL,
    message_key    text    NOT NULL,
    message_args   jsonb   NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (submission_id, record_index, seq)
);

CREATE INDEX submission_error_time ON submission_error (recorded_at);

-- A record as it is now. Its identity is the submitting client, the record type and the
-- client's own reference; its fields are those of its current version in credit_record_version,
-- which holds the whole history.
CREATE TABLE credit_record (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_client_id   text        NOT NULL,
    record_type        text        NOT NULL,
    source_ref         text        NOT NULL,
    subject_kind       text        NOT NULL CHECK (subject_kind IN ('ORGANISATION', 'PERSON')),
    legal_person_id    bigint      REFERENCES legal_person,
    natural_person_id  bigint      REFERENCES natural_person,
    version            integer     NOT NULL,
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    content_hash       bytea       NOT NULL,
    division_code      text        NOT NULL,
    decision_date      date        NOT NULL,
    publication_until  date,
    last_submission_id uuid,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK (num_nonnulls(legal_person_id, natural_person_id) = 1),
    CHECK ((subject_kind = 'ORGANISATION') = (legal_person_id IS NOT NULL)),
    UNIQUE (source_client_id, record_type, source_ref)
);

CREATE INDEX credit_record_of_legal_person ON credit_record (legal_person_id, record_type)
    WHERE legal_person_id IS NOT NULL;
CREATE INDEX credit_record_of_natural_person ON credit_record (natural_person_id, record_type)
    WHERE natural_person_id IS NOT NULL;

CREATE TABLE credit_record_version (
    record_id          bigint      NOT NULL REFERENCES credit_record,
    version            integer     NOT NULL,
    change             text        NOT NULL CHECK (change IN ('CREATED', 'CORRECTED', 'REVOKED')),
    content_hash       bytea       NOT NULL,
    -- personal identity numbers and persons' names are masked in the fields; the originals are
    -- sealed (AES-GCM JSON of the replaced fields)
    fields             jsonb       NOT NULL,
    sealed             bytea,
    decision_date      date        NOT NULL,
    publication_until  date,
    submission_id      uuid,
    reason             text,
    -- 报送时效: working days from the decision to this version reaching the platform
    working_days       integer,
    recorded_at        timestamptz NOT NULL,
    PRIMARY KEY (record_id, version)
);

CREATE INDEX credit_record_version_time ON credit_record_version (recorded_at);

-- One event per accepted change, written in the same transaction as the change. The exchange
-- capability reads it in id order and keeps its delivery state per target in its own tables.
CREATE TABLE exchange_outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    change          text        NOT NULL CHECK (change IN ('CREATED', 'CORRECTED', 'REVOKED')),
    record_id       bigint      NOT NULL REFERENCES credit_record,
    record_version  integer     NOT NULL,
    record_type     text        NOT NULL,
    subject_kind    text        NOT NULL,
    source_client_id text       NOT NULL
);

-- The change feed of published record types (open data), read by position.
CREATE TABLE change_feed (
    position        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    change          text        NOT NULL CHECK (change IN ('CREATED', 'CORRECTED', 'REVOKED')),
    record_id       bigint      NOT NULL REFERENCES credit_record,
    record_version  integer     NOT NULL,
    record_type     text        NOT NULL,
    subject_kind    text        NOT NULL
);
