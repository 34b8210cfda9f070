-- The audit log (审计日志): append-only and tamper-evident. Each writer (one chain per lane of a
-- replica) links its entries by hash, so concurrent requests are never serialised across the cluster.
CREATE TABLE audit_entry (
    id                 bigserial   PRIMARY KEY,
    writer             text        NOT NULL,
    seq                bigint      NOT NULL CHECK (seq >= 1),
    occurred_at        timestamptz NOT NULL,
    client_id          text,
    kind               text        NOT NULL CHECK (kind IN ('READ', 'CHANGE', 'ADMIN', 'REFUSED')),
    operation          text        NOT NULL,
    target_subject     text,
    purpose            text,
    consent_reference  text,
    status             integer     NOT NULL,
    request_id         text        NOT NULL,
    previous_hash      text        NOT NULL,
    hash               text        NOT NULL,
    UNIQUE (writer, seq)
);

CREATE INDEX audit_entry_client_time ON audit_entry (client_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at DESC, id DESC);

-- No role changes history: updates, deletes and truncation are refused for every role that
-- does not first disable the triggers as the table owner (production runs the gateway as a
-- role that owns nothing; see docs/security.md).
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;
