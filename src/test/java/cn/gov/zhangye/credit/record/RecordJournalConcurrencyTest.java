package cn.gov.zhangye.credit.record;

import static cn.gov.zhangye.credit.record.JournalWriters.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.record.JournalWriters.Writer;
import cn.gov.zhangye.credit.record.RecordJournal.Change;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many writers append to the journal at once in transactions of random length, some taking their
 * transaction id long before they write, some committing late, some rolling back, while one reader
 * polls with its cursor in small pages. In the end the reader has taken every committed entry
 * exactly once, no rolled-back one, and each record's entries in the order their transactions
 * committed.
 */
@QuarkusTest
class RecordJournalConcurrencyTest {

  private static final Logger LOG = Logger.getLogger(RecordJournalConcurrencyTest.class);

  private static final int WRITERS = 8;
  private static final int TRANSACTIONS_PER_WRITER = 30;
  private static final int RECORDS = 4;
  private static final int READ_PAGE = 7;

  private static final Comparator<JournalCursor> JOURNAL_ORDER =
      Comparator.comparingLong(JournalCursor::orderXid).thenComparingLong(JournalCursor::position);

  @Inject RecordJournal journal;
  @Inject Pool database;

  private final AtomicInteger tags = new AtomicInteger();
  private final Map<Integer, Written> committed = new ConcurrentHashMap<>();
  private final Set<Integer> rolledBack = ConcurrentHashMap.newKeySet();
  private final Map<Long, AtomicInteger> lockTurns = new ConcurrentHashMap<>();
  private List<Long> records;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aReaderPollingAmidConcurrentWritersTakesEveryCommittedEntryOnceAndInOrder()
      throws Exception {
    records =
        IntStream.range(0, RECORDS)
            .mapToObj(i -> JournalWriters.newRecord("ADMIN_PENALTY"))
            .toList();
    records.forEach(record -> lockTurns.put(record, new AtomicInteger()));
    JournalReading reader =
        new JournalReading(journal::read, JournalReading.head(journal), Set.copyOf(records));
    long seed = System.nanoTime();
    LOG.infof("Writers' seed %d", seed);

    ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
    List<JournalEntry> taken = new ArrayList<>();
    int takenWhileWriting = 0;
    try {
      List<Future<?>> writers =
          IntStream.range(0, WRITERS)
              .<Future<?>>mapToObj(writer -> threads.submit(() -> write(new Random(seed + writer))))
              .toList();
      while (!writers.stream().allMatch(Future::isDone)) {
        List<JournalEntry> page = reader.next(READ_PAGE);
        takenWhileWriting += page.size();
        taken.addAll(page);
        if (page.isEmpty()) {
          Thread.sleep(5);
        }
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      threads.shutdownNow();
    }
    taken.addAll(reader.take(committed.size() - taken.size(), WAIT));
    taken.addAll(reader.next(JournalReading.PAGE));

    assertFalse(rolledBack.isEmpty(), "some transactions rolled back");
    assertTrue(takenWhileWriting > 0, "the reader took entries while the writers wrote");
    List<Integer> tagsTaken = taken.stream().map(JournalEntry::recordVersion).toList();
    assertEquals(tagsTaken.size(), new HashSet<>(tagsTaken).size(), "no entry taken twice");
    Set<Integer> abortedTaken = new HashSet<>(tagsTaken);
    abortedTaken.retainAll(rolledBack);
    assertEquals(Set.of(), abortedTaken, "no rolled-back entry taken");
    Set<Integer> missed = new HashSet<>(committed.keySet());
    tagsTaken.forEach(missed::remove);
    assertEquals(Set.of(), missed, "committed entries not taken");
    for (int i = 1; i < taken.size(); i++) {
      assertTrue(
          JOURNAL_ORDER.compare(taken.get(i - 1).cursor(), taken.get(i).cursor()) < 0,
          "cursors ascend");
    }
    for (long record : records) {
      List<Integer> turns =
          taken.stream()
              .filter(entry -> entry.recordId() == record)
              .map(entry -> committed.get(entry.recordVersion()).turn())
              .toList();
      assertEquals(
          turns.stream().sorted().toList(), turns, "record " + record + " in commit order");
    }
    long belowAPositionTaken = belowAPositionTaken(taken);
    long raised =
        taken.stream()
            .filter(
                entry ->
                    entry.cursor().orderXid()
                        > committed.get(entry.recordVersion()).transactionId())
            .count();
    LOG.infof(
        "%d entries committed, %d rolled back, %d taken while writing; %d taken after one with a"
            + " higher position (a reader by position skips them), %d ordered after an earlier"
            + " change of their record by more than their transaction id",
        committed.size(), rolledBack.size(), takenWhileWriting, belowAPositionTaken, raised);
    assertTrue(belowAPositionTaken > 0, "some entries committed late below a position taken");
    assertTrue(raised > 0, "some writers took their transaction id before an earlier change");
  }

  /** The record's lock turn of a committed change, and the id of its transaction. */
  private record Written(int turn, long transactionId) {}

  /**
   * One writer's transactions: each locks a record, appends one to three changes tagged by a unique
   * version, and commits or rolls back, with pauses before the lock and before the end.
   */
  private void write(Random random) {
    for (int transaction = 0; transaction < TRANSACTIONS_PER_WRITER; transaction++) {
      long record = records.get(random.nextInt(RECORDS));
      Map<Integer, Integer> turnByTag = new HashMap<>();
      try (Writer writer = new Writer(database)) {
        if (random.nextBoolean()) {
          writer.transactionId();
        }
        pause(random, 15);
        writer.lock(record);
        Change[] changes = new Change[1 + random.nextInt(3)];
        for (int i = 0; i < changes.length; i++) {
          int tag = tags.incrementAndGet();
          turnByTag.put(tag, lockTurns.get(record).incrementAndGet());
          changes[i] = new Change(RecordChange.CORRECTED, record, tag);
        }
        writer.append(journal, changes);
        long transactionId = writer.transactionId();
        pause(random, 25);
        if (random.nextInt(5) == 0) {
          writer.rollback();
          rolledBack.addAll(turnByTag.keySet());
        } else {
          writer.commit();
          turnByTag.forEach((tag, turn) -> committed.put(tag, new Written(turn, transactionId)));
        }
      }
    }
  }

  private static void pause(Random random, int maxMillis) {
    try {
      Thread.sleep(random.nextInt(maxMillis));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static long belowAPositionTaken(List<JournalEntry> taken) {
    long highest = 0;
    long below = 0;
    for (JournalEntry entry : taken) {
      if (entry.position() < highest) {
        below++;
      }
      highest = Math.max(highest, entry.position());
    }
    return below;
  }
}
