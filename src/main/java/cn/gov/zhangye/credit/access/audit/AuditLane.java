package cn.gov.zhangye.credit.access.audit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * One hash chain of this replica: its entries are linked and written strictly one after the other;
 * the chain moves on only when an entry is stored, so a failed write leaves no gap.
 */
final class AuditLane {

  private final String writer;
  private long seq;
  private String lastHash;
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

  AuditLane(String writer) {
    this.writer = writer;
    this.lastHash = ChainedEntry.genesis(writer);
  }

  synchronized CompletionStage<Void> append(
      AuditEntry entry, Function<ChainedEntry, CompletionStage<Void>> store) {
    CompletableFuture<Void> stored =
        tail.exceptionally(previousFailed -> null)
            .thenCompose(
                ready -> {
                  ChainedEntry linked = ChainedEntry.link(writer, seq + 1, entry, lastHash);
                  return store
                      .apply(linked)
                      .thenAccept(
                          done -> {
                            seq = linked.seq();
                            lastHash = linked.hash();
                          });
                });
    tail = stored;
    return stored;
  }
}
