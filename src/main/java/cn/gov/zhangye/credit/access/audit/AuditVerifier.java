package cn.gov.zhangye.credit.access.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Walks every hash chain of the audit log and reports the first broken link. */
@ApplicationScoped
class AuditVerifier {

  private static final int PAGE = 1000;

  private final AuditReader reader;

  @Inject
  AuditVerifier(AuditReader reader) {
    this.reader = reader;
  }

  Uni<ChainVerification> verify() {
    return next(new Progress(), "", 0);
  }

  private Uni<ChainVerification> next(Progress progress, String writer, long seq) {
    return reader
        .chainsAfter(writer, seq, PAGE)
        .chain(
            rows -> {
              ChainVerification.BrokenLink broken = progress.check(rows);
              if (broken != null || rows.size() < PAGE) {
                return Uni.createFrom().item(progress.result(broken));
              }
              ChainedEntry last = rows.get(rows.size() - 1).entry();
              return next(progress, last.writer(), last.seq());
            });
  }

  /** What the walk has seen so far: the chain it is in and the counts. */
  private static final class Progress {
    private String writer;
    private long seq;
    private String lastHash;
    private long entries;
    private long chains;

    ChainVerification.BrokenLink check(List<AuditReader.ChainedRow> rows) {
      for (AuditReader.ChainedRow row : rows) {
        ChainedEntry entry = row.entry();
        if (!entry.writer().equals(writer)) {
          writer = entry.writer();
          seq = 0;
          lastHash = ChainedEntry.genesis(writer);
          chains++;
        }
        String reason = reasonBroken(entry);
        if (reason != null) {
          return new ChainVerification.BrokenLink(row.id(), entry.writer(), entry.seq(), reason);
        }
        seq = entry.seq();
        lastHash = entry.hash();
        entries++;
      }
      return null;
    }

    private String reasonBroken(ChainedEntry entry) {
      if (entry.seq() != seq + 1) {
        return "sequence-gap";
      }
      if (!entry.previousHash().equals(lastHash)) {
        return "previous-hash-mismatch";
      }
      return entry.intact() ? null : "content-altered";
    }

    ChainVerification result(ChainVerification.BrokenLink broken) {
      return new ChainVerification(broken == null, entries, chains, broken);
    }
  }
}
