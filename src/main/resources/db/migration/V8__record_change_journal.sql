-- The change journal: one row per committed change of a record, appended in the transaction of
-- the change. It replaces exchange_outbox and change_feed (two copies of the same event): the
-- exchange reads it as its outbox, each target with a cursor of its own, and the open-data change
-- feed reads its published rows. It is named record_change because the record feature owns it
-- and each row is one RecordChange of one credit_record; see docs/adr/0003-change-journal-as-outbox.md.
--
-- Each row carries what readers filter on: the record and its version after the change, the
-- record type and whether that type is published (公开), the subject's kind and its row id in the
-- store of that kind (legal_person or natural_person), the subject's division, and the source
-- client. kind is an open set: the record feature writes CREATED, CORRECTED and REVOKED today;
-- publication and redress will add the others listed in the check.
--
-- THE READING RULE. Identity values are taken when a row is inserted and become visible when its
-- transaction commits, so positions commit out of order: a reader that pages by position alone
-- passes position 7 while 6 is still uncommitted, and never sees 6. A reader therefore
--   reads only rows whose order_xid is below pg_snapshot_xmin(pg_current_snapshot()), the oldest
--   transaction still in progress as the reading statement sees it, and orders and pages by the
--   pair (order_xid, position): its cursor is the pair of the last row it took.
-- order_xid is the id of the writing transaction (pg_current_xact_id(), the top-level id also in
-- a subtransaction), raised to the greatest order_xid of the record's earlier rows when that is
-- larger (see "order per record" below); it is never below the writer's own id.
--
-- Why no row is skipped or read twice. Let h be the xmin of the reading statement's snapshot.
-- (1) The rows with order_xid < h are final: their writers have transaction ids below h, so they
--     ended before the snapshot and their committed rows are all visible to it; any writer still
--     running, or yet to start, has an id >= h and so writes only rows with order_xid >= h.
-- (2) They are closed downwards in (order_xid, position): a row ordered before one with
--     order_xid < h has order_xid < h as well.
-- A read returns, in key order, the first rows after the cursor within that final, downward-closed
-- set, so no committed row lies between the cursor and a returned row, none at or before the
-- cursor is returned again, and a rolled-back row is never visible. Every committed row is read
-- eventually: h passes its order_xid once the transactions with ids up to it have ended.
-- Ordering by position alone under the same filter is NOT gap-free: a transaction with a larger
-- id may take a smaller position (T1 gets xid 100, T2 xid 101; T2 inserts position 5, T1 position
-- 6; T1 commits; a reader below h = 101 takes 6; T2 commits; position 5 lies behind the cursor).
--
-- Order per record. Writers of a record hold its row lock in credit_record until they commit, so
-- a record's changes commit one after the other. The writer's transaction id alone does not give
-- that order: a transaction may take its id (by an earlier write) before another that locks the
-- record first and commits first. Raising order_xid to the record's earlier rows keeps both the
-- order per record (a later change has a key at least as large and a larger position) and (1),
-- since order_xid never falls below the writer's own id.
--
-- The cost: a reader sees nothing newer than the oldest writing transaction in progress in the
-- whole PostgreSQL cluster (any database, any table), until it ends. A long-running writing
-- transaction (an atomic submission of many records, a session idle in a transaction) holds every
-- reader back for its duration; transactions that write nothing have no id and hold back nothing.

CREATE TABLE record_change (
    position          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_xid         xid8        NOT NULL DEFAULT pg_current_xact_id(),
    kind              text        NOT NULL CHECK (kind IN ('CREATED', 'CORRECTED', 'REVOKED',
                                      'PUBLISHED', 'ENDED', 'OBJECTION_FLAGGED',
                                      'OBJECTION_CLEARED', 'REPAIRED', 'WITHDRAWN')),
    record_id         bigint      NOT NULL REFERENCES credit_record,
    record_version    integer     NOT NULL,
    record_type       text        NOT NULL,
    subject_kind      text        NOT NULL CHECK (subject_kind IN ('ORGANISATION', 'PERSON')),
    subject_id        bigint      NOT NULL,
    division_code     text        NOT NULL,
    source_client_id  text        NOT NULL,
    published         boolean     NOT NULL,
    occurred_at       timestamptz NOT NULL DEFAULT now()
);

-- The readers' range scan: (order_xid, position) after the cursor and order_xid below the horizon.
-- A reader of published rows only filters on the same scan; most changes are of published types.
CREATE INDEX record_change_in_journal_order ON record_change (order_xid, position);
-- The greatest order_xid of a record's earlier rows, looked up on every append.
CREATE INDEX record_change_of_record ON record_change (record_id, order_xid);

-- The rows of both old tables, each change once. Every change had an outbox row, and a feed row in
-- the same transaction when its type was published: the outbox holds them all, the feed says
-- which were published. They keep the outbox's order and get new positions, all under this
-- migration's transaction id. The subject and the division are the record's current ones, the
-- old tables did not keep them. (Reports issued before this migration name positions of the
-- former change feed.)
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM change_feed f WHERE NOT EXISTS (
                   SELECT 1 FROM exchange_outbox o WHERE o.record_id = f.record_id
                   AND o.record_version = f.record_version AND o.change = f.change)) THEN
        RAISE EXCEPTION 'change_feed holds a change that exchange_outbox lacks';
    END IF;
END $$;

INSERT INTO record_change (kind, record_id, record_version, record_type, subject_kind,
                           subject_id, division_code, source_client_id, published, occurred_at)
SELECT o.change, o.record_id, o.record_version, o.record_type, o.subject_kind,
       coalesce(c.legal_person_id, c.natural_person_id), c.division_code, o.source_client_id,
       EXISTS (SELECT 1 FROM change_feed f WHERE f.record_id = o.record_id
               AND f.record_version = o.record_version AND f.change = o.change),
       o.occurred_at
FROM exchange_outbox o JOIN credit_record c ON c.id = o.record_id
ORDER BY o.id;

DROP TABLE change_feed;
DROP TABLE exchange_outbox;
