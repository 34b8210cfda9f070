package cn.gov.zhangye.credit.record;

import static cn.gov.zhangye.credit.record.JournalWriters.WAIT;
import static cn.gov.zhangye.credit.record.JournalWriters.newRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.record.JournalWriters.Writer;
import cn.gov.zhangye.credit.record.RecordJournal.Change;
import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The change journal on the real database: appends in the caller's transaction, what an entry
 * carries, the published read, and the two interleavings of writers that a reader must survive.
 */
@QuarkusTest
class RecordJournalTest {

  @Inject RecordJournal journal;
  @Inject Pool database;

  @Test
  void anAppendCommitsWithTheCallersTransactionAndRollsBackWithIt() throws Exception {
    long record = newRecord("ADMIN_PENALTY");
    JournalReading reader = new JournalReading(journal::read, head(), Set.of(record));

    assertThrows(
        CallerFailed.class,
        () ->
            database
                .withTransaction(
                    tx ->
                        journal
                            .append(tx, List.of(new Change(RecordChange.CORRECTED, record, 2)))
                            .flatMap(appended -> Uni.createFrom().failure(new CallerFailed())))
                .await()
                .atMost(WAIT));
    appendInATransaction(new Change(RecordChange.REVOKED, record, 2));

    List<JournalEntry> entries = reader.take(1, WAIT);
    assertEquals(1, entries.size());
    JournalEntry revoked = entries.get(0);
    assertEquals(RecordChange.REVOKED, revoked.kind());
    assertEquals(2, revoked.recordVersion());
    assertEquals("ADMIN_PENALTY", revoked.recordType());
    assertEquals(SubjectKind.ORGANISATION, revoked.subjectKind());
    assertEquals(
        TestDatabase.count("SELECT legal_person_id FROM credit_record WHERE id = ?", record),
        revoked.subjectId());
    assertEquals("620702", revoked.divisionCode());
    assertEquals("journal-test", revoked.sourceClientId());
    assertTrue(revoked.published());
    assertEquals(
        1, TestDatabase.count("SELECT count(*) FROM record_change WHERE record_id = ?", record));
  }

  @Test
  void anAppendNamingNoRecordFailsTheTransaction() {
    long record = newRecord("ADMIN_PENALTY");
    assertThrows(
        IllegalStateException.class,
        () ->
            appendInATransaction(
                new Change(RecordChange.CORRECTED, record, 2),
                new Change(RecordChange.CREATED, -1, 1)));
    assertEquals(
        0, TestDatabase.count("SELECT count(*) FROM record_change WHERE record_id = ?", record));
  }

  @Test
  void thePublishedReadLeavesOutTheTypesThatAreNotPublished() throws Exception {
    long rating = newRecord("CREDIT_RATING");
    long penalty = newRecord("ADMIN_PENALTY");
    JournalCursor start = head();
    appendInATransaction(
        new Change(RecordChange.CREATED, rating, 1), new Change(RecordChange.CREATED, penalty, 1));

    List<JournalEntry> every =
        new JournalReading(journal::read, start, Set.of(rating, penalty)).take(2, WAIT);
    assertEquals(List.of(rating, penalty), every.stream().map(JournalEntry::recordId).toList());
    assertEquals(List.of(false, true), every.stream().map(JournalEntry::published).toList());
    List<JournalEntry> published =
        new JournalReading(journal::readPublished, start, Set.of(rating, penalty)).take(1, WAIT);
    assertEquals(List.of(penalty), published.stream().map(JournalEntry::recordId).toList());
  }

  /**
   * The interleaving a reader by position loses: the transaction that took its id first commits
   * first with the higher position; the other, holding the lower position, commits after a reader
   * has passed it.
   */
  @Test
  void anEntryCommittedLateWithALowerPositionIsReadWhereAReaderByPositionSkipsIt()
      throws Exception {
    long early = newRecord("ADMIN_PENALTY");
    long late = newRecord("ADMIN_PENALTY");
    JournalReading reader = new JournalReading(journal::read, head(), Set.of(early, late));
    PositionReader byPosition = new PositionReader(Set.of(early, late));
    try (Writer older = new Writer(database);
        Writer younger = new Writer(database)) {
      older.transactionId();
      younger.transactionId();
      younger.append(journal, new Change(RecordChange.CREATED, late, 1));
      older.append(journal, new Change(RecordChange.CREATED, early, 1));
      older.commit();

      List<JournalEntry> first = reader.take(1, WAIT);
      assertEquals(List.of(early), first.stream().map(JournalEntry::recordId).toList());
      assertEquals(List.of(early), byPosition.take(1));
      younger.commit();

      List<JournalEntry> second = reader.take(1, WAIT);
      assertEquals(List.of(late), second.stream().map(JournalEntry::recordId).toList());
      assertTrue(
          second.get(0).position() < first.get(0).position(),
          "the late entry has the lower position");
      assertEquals(List.of(), byPosition.take(0), "the reader by position has passed it");
    }
  }

  /**
   * The interleaving a reader by transaction id alone gets wrong: the transaction that took its id
   * first changes the record second, after the other committed its change.
   */
  @Test
  void theChangesOfARecordKeepTheOrderOfTheirCommits() throws Exception {
    long record = newRecord("ADMIN_PENALTY");
    JournalReading reader = new JournalReading(journal::read, head(), Set.of(record));
    try (Writer startedFirst = new Writer(database);
        Writer startedSecond = new Writer(database)) {
      startedFirst.transactionId();
      startedSecond.transactionId();
      startedSecond.lock(record);
      startedSecond.append(journal, new Change(RecordChange.CORRECTED, record, 2));
      startedSecond.commit();
      startedFirst.lock(record);
      startedFirst.append(journal, new Change(RecordChange.REVOKED, record, 3));
      startedFirst.commit();
    }

    List<JournalEntry> entries = reader.take(2, WAIT);
    assertEquals(List.of(2, 3), entries.stream().map(JournalEntry::recordVersion).toList());
  }

  private void appendInATransaction(Change... changes) {
    database.withTransaction(tx -> journal.append(tx, List.of(changes))).await().atMost(WAIT);
  }

  private JournalCursor head() {
    return JournalReading.head(journal);
  }

  /**
   * The naive reader: the journal's visibility rule, but ordered and paged by position alone, its
   * cursor the last position it took.
   */
  private final class PositionReader {

    private final Long[] records;
    private long position;

    PositionReader(Set<Long> records) {
      this.records = records.toArray(Long[]::new);
    }

    /** The records of the entries after the cursor, once there are at least {@code count}. */
    List<Long> take(int count) throws InterruptedException {
      List<Long> taken = new ArrayList<>();
      long deadline = System.nanoTime() + WAIT.toNanos();
      do {
        database
            .preparedQuery(
                "SELECT position, record_id FROM record_change WHERE position > $1"
                    + " AND record_id = ANY($2)"
                    + " AND order_xid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY position")
            .execute(Tuple.of(position, records))
            .await()
            .atMost(WAIT)
            .forEach(
                row -> {
                  taken.add(row.getLong("record_id"));
                  position = row.getLong("position");
                });
        if (taken.size() < count) {
          Thread.sleep(20);
        }
      } while (taken.size() < count && System.nanoTime() < deadline);
      return taken;
    }
  }

  private static final class CallerFailed extends RuntimeException {}
}
