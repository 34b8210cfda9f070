-- Revocations of a client's tokens (access.token.Revocations), kept so that they outlive a restart
-- of every replica: a token of the client issued before revoked_before is refused. A suspension
-- writes one, and so does a secret rotation with credit.access.token.revoke-on-secret-rotation.
-- One row per client; a later revocation moves revoked_before forward, never back. The rows are
-- loaded into the replicated cache revoked-clients at start and written through on every change.
-- The application role gets its privileges from the owner's default privileges (V10).
CREATE TABLE token_revocation (
    client_id      text        PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    revoked_before timestamptz NOT NULL
);
