-- A subject's current records in the order its snapshot and its record pages read them, newest
-- decision first (issue 10, item 8): the newest credit.query.snapshot-records of a subject and a
-- page after a (decision_date, id) cursor each take one index range, rather than a sort of the
-- subject's whole history on every call.
CREATE INDEX credit_record_of_legal_person_newest
    ON credit_record (legal_person_id, decision_date DESC, id DESC)
    WHERE legal_person_id IS NOT NULL AND status = 'ACTIVE';
CREATE INDEX credit_record_of_natural_person_newest
    ON credit_record (natural_person_id, decision_date DESC, id DESC)
    WHERE natural_person_id IS NOT NULL AND status = 'ACTIVE';
