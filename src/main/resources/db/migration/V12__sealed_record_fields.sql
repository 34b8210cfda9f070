-- The originals of what was masked in a record version's fields (identity-number fields, a
-- person's name, identity numbers found in free text), each sealed on its own: a JSON object from
-- the field's JSON Pointer to the base64 of its AES-GCM seal, whose associated data is
-- 'credit_record_version/<record_id>/<version><pointer>', so that a sealed value moved to another
-- row or field no longer unseals. Versions written before this migration keep their one seal of
-- all replaced fields in `sealed` (unbound, version 1); new versions leave it null.
ALTER TABLE credit_record_version ADD COLUMN sealed_fields jsonb;

COMMENT ON COLUMN credit_record_version.sealed IS
    'Before V51: AES-GCM seal (version 1, no associated data) of the JSON of the replaced fields';
COMMENT ON COLUMN credit_record_version.sealed_fields IS
    'Field JSON Pointer -> base64 AES-GCM seal bound to credit_record_version/<record_id>/<version><pointer>';
