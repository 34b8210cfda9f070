package cn.gov.zhangye.credit.access.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * One hash chain of this replica. Entries are linked in the order they arrive and written in
 * groups: while one group is being committed, the entries that arrive wait and are then written
 * together, in one transaction (group commit). The chain moves on only when a group is stored, so a
 * failed write leaves no gap; each entry's caller learns when its own entry is committed.
 */
final class AuditLane {

  /** The most entries written in one statement. */
  private static final int MAX_GROUP = 256;

  private final String writer;
  private final List<Waiting> waiting = new ArrayList<>();
  private long seq;
  private String lastHash;
  private boolean writing;

  AuditLane(String writer) {
    this.writer = writer;
    this.lastHash = ChainedEntry.genesis(writer);
  }

  /** The position and hash of the last entry stored; empty before the first. */
  synchronized Optional<LaneHead> head() {
    return seq == 0 ? Optional.empty() : Optional.of(new LaneHead(writer, seq, lastHash));
  }

  /** Stores {@code entry} through {@code store}, which writes a linked group in one transaction. */
  CompletionStage<Void> append(
      AuditEntry entry, Function<List<ChainedEntry>, CompletionStage<Void>> store) {
    CompletableFuture<Void> stored = new CompletableFuture<>();
    synchronized (this) {
      waiting.add(new Waiting(entry, stored));
      if (writing) {
        return stored;
      }
      writing = true;
    }
    writeNextGroup(store);
    return stored;
  }

  private void writeNextGroup(Function<List<ChainedEntry>, CompletionStage<Void>> store) {
    List<Waiting> group;
    List<ChainedEntry> linked = new ArrayList<>();
    synchronized (this) {
      if (waiting.isEmpty()) {
        writing = false;
        return;
      }
      List<Waiting> next = waiting.subList(0, Math.min(waiting.size(), MAX_GROUP));
      group = new ArrayList<>(next);
      next.clear();
      String previous = lastHash;
      for (Waiting entry : group) {
        ChainedEntry link =
            ChainedEntry.link(writer, seq + linked.size() + 1, entry.entry(), previous);
        linked.add(link);
        previous = link.hash();
      }
    }
    store
        .apply(linked)
        .whenComplete(
            (done, failure) -> {
              if (failure == null) {
                ChainedEntry last = linked.get(linked.size() - 1);
                synchronized (this) {
                  seq = last.seq();
                  lastHash = last.hash();
                }
                group.forEach(entry -> entry.stored().complete(null));
              } else {
                group.forEach(entry -> entry.stored().completeExceptionally(failure));
              }
              writeNextGroup(store);
            });
  }

  private record Waiting(AuditEntry entry, CompletableFuture<Void> stored) {}
}
