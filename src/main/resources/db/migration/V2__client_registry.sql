-- The registered callers of the API (客户端): organisations, never persons. A secret is kept only
-- as its bcrypt hash; version counts changes, for optimistic locking.
CREATE TABLE client (
    id                        text        PRIMARY KEY
                                          CHECK (id ~ '^[a-z][a-z0-9-]{1,62}[a-z0-9]$'),
    display_name              text        NOT NULL
                                          CHECK (length(display_name) BETWEEN 1 AND 200),
    kind                      text        NOT NULL
                                          CHECK (kind IN ('AGENCY', 'DEPARTMENT', 'COUNTY',
                                                          'CREDIT_OFFICE', 'OPERATOR')),
    status                    text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    plan                      text        NOT NULL CHECK (plan ~ '^[a-z][a-z0-9-]{0,62}$'),
    scopes                    text[]      NOT NULL DEFAULT '{}',
    submittable_record_types  text[]      NOT NULL DEFAULT '{}',
    division_code             text        CHECK (division_code ~ '^[0-9]{6}$'),
    conditional_record_types  text[]      NOT NULL DEFAULT '{}',
    person_query_licensed     boolean     NOT NULL DEFAULT false,
    secret_hash               text        NOT NULL,
    secret_rotated_at         timestamptz NOT NULL,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now(),
    version                   bigint      NOT NULL DEFAULT 0,
    -- A county platform submits for its division; no other kind of client has one.
    CONSTRAINT client_division_of_counties CHECK ((kind = 'COUNTY') = (division_code IS NOT NULL))
);
