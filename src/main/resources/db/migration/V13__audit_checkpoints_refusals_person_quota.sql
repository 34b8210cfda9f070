-- Signed checkpoints of the audit chains (access.audit.AuditCheckpoints): at an interval and at
-- shutdown each replica signs the head of each of its lanes (position and hash) with the gateway's
-- signing key, linking each checkpoint to the lane's previous one. Like audit_entry, the application
-- may only add and read them.
CREATE TABLE audit_checkpoint (
    id        bigserial   PRIMARY KEY,
    lane      text        NOT NULL,
    seq       bigint      NOT NULL CHECK (seq >= 1),
    head_hash text        NOT NULL,
    taken_at  timestamptz NOT NULL,
    jws       text        NOT NULL,
    UNIQUE (lane, seq)
);

-- Refused calls (401, 403, 429) counted per minute, client (empty for an anonymous caller), address
-- and status, instead of one audit entry each: an anonymous flood adds to counters, not rows. Pruned
-- after credit.audit.refusals.retention.
CREATE TABLE refusal_count (
    id         bigserial   PRIMARY KEY,
    minute     timestamptz NOT NULL,
    client_id  text        NOT NULL,
    address    text        NOT NULL,
    status     integer     NOT NULL,
    refusals   bigint      NOT NULL CHECK (refusals >= 1),
    UNIQUE (minute, client_id, address, status)
);

CREATE INDEX refusal_count_minute ON refusal_count (minute);

-- Person queries of each agency per China day, against its plan's daily person-query quota.
CREATE TABLE person_query_count (
    client_id text    NOT NULL,
    day       date    NOT NULL,
    queries   bigint  NOT NULL CHECK (queries >= 0),
    PRIMARY KEY (client_id, day)
);

-- The default privileges gave the application SELECT, INSERT, UPDATE and DELETE on the new tables;
-- the checkpoints, like the audit log, take only INSERT and SELECT (see V10).
DO $$
DECLARE
    grantee_role text;
BEGIN
    FOR grantee_role IN
        SELECT DISTINCT r.rolname
        FROM pg_class c
        CROSS JOIN LATERAL aclexplode(c.relacl) AS acl
        JOIN pg_roles r ON r.oid = acl.grantee
        WHERE c.oid = 'audit_checkpoint'::regclass
          AND acl.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_checkpoint FROM %I',
                       grantee_role);
    END LOOP;
END
$$;

REVOKE ALL ON audit_checkpoint FROM PUBLIC;
