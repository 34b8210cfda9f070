-- The catalogue editions the gateway has run with: records are validated against one of them.
CREATE TABLE catalog_edition (
    version          text        PRIMARY KEY,
    content_sha256   text        NOT NULL,
    first_loaded_at  timestamptz NOT NULL DEFAULT now(),
    last_loaded_at   timestamptz NOT NULL DEFAULT now()
);
