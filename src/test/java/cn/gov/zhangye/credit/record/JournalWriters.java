package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;

/** Records to journal changes of, and writers' transactions driven step by step by a test. */
final class JournalWriters {

  static final Duration WAIT = Duration.ofSeconds(30);

  private JournalWriters() {}

  /** A new active record of {@code recordType} on a new organisation in 620702. */
  static long newRecord(String recordType) {
    return TestDatabase.count(
        "WITH subject AS (INSERT INTO legal_person (credit_code, name, category, division_code)"
            + " VALUES (?, '张掖市甘州区日志示例商贸有限公司', '法人及非法人组织', '620702') RETURNING id)"
            + " INSERT INTO credit_record (source_client_id, record_type, source_ref, subject_kind,"
            + " legal_person_id, version, status, content_hash, division_code, decision_date,"
            + " created_at, updated_at) SELECT 'journal-test', ?, ?, 'ORGANISATION', subject.id, 1,"
            + " 'ACTIVE', '\\x00'::bytea, '620702', current_date, now(), now() FROM subject"
            + " RETURNING id",
        TestRecords.newEnterprise("620702"),
        recordType,
        TestRecords.sourceRef("journal"));
  }

  /** A transaction on a connection of its own, open until {@link #commit} or {@link #rollback}. */
  static final class Writer implements AutoCloseable {

    private final SqlConnection connection;
    private final Transaction transaction;

    Writer(Pool database) {
      connection = database.getConnection().await().atMost(WAIT);
      transaction = connection.begin().await().atMost(WAIT);
    }

    /** Takes the transaction's id now, as a writer does with its first write. */
    long transactionId() {
      return Long.parseLong(
          connection
              .query("SELECT pg_current_xact_id()::text AS xid")
              .execute()
              .await()
              .atMost(WAIT)
              .iterator()
              .next()
              .getString("xid"));
    }

    /** Locks the record as its writers do before they change it; waits for the holder. */
    void lock(long recordId) {
      connection
          .preparedQuery("SELECT id FROM credit_record WHERE id = $1 FOR UPDATE")
          .execute(Tuple.of(recordId))
          .await()
          .atMost(WAIT);
    }

    void append(RecordJournal journal, RecordJournal.Change... changes) {
      journal.append(connection, List.of(changes)).await().atMost(WAIT);
    }

    void commit() {
      transaction.commit().await().atMost(WAIT);
    }

    void rollback() {
      transaction.rollback().await().atMost(WAIT);
    }

    @Override
    public void close() {
      connection.close().await().atMost(WAIT);
    }
  }
}
