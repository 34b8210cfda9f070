-- The role that runs the migrations owns every table; the application connects with another role
-- that owns nothing (docs/security.md, "Database roles"). The default privileges of the owner grant
-- that role SELECT, INSERT, UPDATE and DELETE on each new table; here that is narrowed where the
-- application must not change history: the audit log takes only INSERT and SELECT, and the
-- migration history is the owner's alone. Only an owner can disable or drop the audit triggers.
DO $$
DECLARE
    grantee_role text;
BEGIN
    FOR grantee_role IN
        SELECT DISTINCT r.rolname
        FROM pg_class c
        CROSS JOIN LATERAL aclexplode(c.relacl) AS acl
        JOIN pg_roles r ON r.oid = acl.grantee
        WHERE c.oid IN ('audit_entry'::regclass, '${flyway:table}'::regclass)
          AND acl.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entry FROM %I',
                       grantee_role);
        EXECUTE format('REVOKE ALL ON %I FROM %I', '${flyway:table}', grantee_role);
    END LOOP;
END
$$;

REVOKE ALL ON audit_entry FROM PUBLIC;
