package cn.gov.zhangye.credit.record;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** A test's reader of the journal: from a cursor on, keeping the entries of its own records. */
final class JournalReading {

  static final int PAGE = 500;

  private final BiFunction<JournalCursor, Integer, Uni<List<JournalEntry>>> read;
  private final Set<Long> records;
  private JournalCursor cursor;

  JournalReading(
      BiFunction<JournalCursor, Integer, Uni<List<JournalEntry>>> read,
      JournalCursor from,
      Set<Long> records) {
    this.read = read;
    this.cursor = from;
    this.records = records;
  }

  /** Where a reader of every entry stands once it has read all that are readable now. */
  static JournalCursor head(RecordJournal journal) {
    JournalCursor head = JournalCursor.START;
    for (List<JournalEntry> page = journal.read(head, PAGE).await().atMost(JournalWriters.WAIT);
        !page.isEmpty();
        page = journal.read(head, PAGE).await().atMost(JournalWriters.WAIT)) {
      head = page.get(page.size() - 1).cursor();
    }
    return head;
  }

  /** One read of up to {@code limit} entries after the cursor, which moves past them. */
  List<JournalEntry> next(int limit) {
    List<JournalEntry> page = read.apply(cursor, limit).await().atMost(JournalWriters.WAIT);
    if (!page.isEmpty()) {
      cursor = page.get(page.size() - 1).cursor();
    }
    return page.stream().filter(entry -> records.contains(entry.recordId())).toList();
  }

  /**
   * The next {@code count} entries of the records, read as they become readable; fewer when they do
   * not within {@code wait}.
   */
  List<JournalEntry> take(int count, Duration wait) throws InterruptedException {
    List<JournalEntry> taken = new ArrayList<>();
    long deadline = System.nanoTime() + wait.toNanos();
    while (taken.size() < count && System.nanoTime() < deadline) {
      List<JournalEntry> page = next(count - taken.size());
      if (page.isEmpty()) {
        Thread.sleep(20);
      }
      taken.addAll(page);
    }
    return taken;
  }

  JournalCursor cursor() {
    return cursor;
  }
}
