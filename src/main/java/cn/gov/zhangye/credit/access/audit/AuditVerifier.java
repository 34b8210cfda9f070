package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.access.token.DocumentSignatures;
import cn.gov.zhangye.credit.platform.crypto.VerifiedDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks every hash chain of the audit log and reports its first broken link, then holds every
 * signed checkpoint against the chains as they are now and reports the first that does not hold: a
 * chain re-hashed from scratch, cut short or removed breaks no link but no longer matches what was
 * signed.
 */
@ApplicationScoped
class AuditVerifier {

  private static final int PAGE = 1000;

  private final AuditReader reader;
  private final CheckpointReader checkpoints;
  private final DocumentSignatures signatures;
  private final ObjectMapper json;

  @Inject
  AuditVerifier(
      AuditReader reader,
      CheckpointReader checkpoints,
      DocumentSignatures signatures,
      ObjectMapper json) {
    this.reader = reader;
    this.checkpoints = checkpoints;
    this.signatures = signatures;
    this.json = json;
  }

  Uni<ChainVerification> verify() {
    Chains chains = new Chains();
    return walkChains(chains, "", 0)
        .chain(() -> walkCheckpoints(new Anchors(chains.heads), "", 0))
        .map(anchors -> anchors.result(chains));
  }

  private Uni<Void> walkChains(Chains chains, String writer, long seq) {
    return reader
        .chainsAfter(writer, seq, PAGE)
        .chain(
            rows -> {
              chains.check(rows);
              if (rows.size() < PAGE) {
                return Uni.createFrom().voidItem();
              }
              ChainedEntry last = rows.get(rows.size() - 1).entry();
              return walkChains(chains, last.writer(), last.seq());
            });
  }

  private Uni<Anchors> walkCheckpoints(Anchors anchors, String lane, long seq) {
    return checkpoints
        .inLaneOrderAfter(lane, seq, PAGE)
        .chain(
            rows -> {
              rows.forEach(anchors::check);
              if (rows.size() < PAGE) {
                return Uni.createFrom().item(anchors);
              }
              AuditCheckpoint last = rows.get(rows.size() - 1).checkpoint();
              return walkCheckpoints(anchors, last.lane(), last.seq());
            });
  }

  /**
   * What the walk of the chains has seen: the chain it is in, the counts, the first broken link and
   * the head of each chain. It goes on past a broken link, so that every chain's head is known.
   */
  private static final class Chains {
    private final Map<String, LaneHead> heads = new HashMap<>();
    private String writer;
    private long seq;
    private String lastHash;
    private long entries;
    private ChainVerification.BrokenLink firstBroken;

    void check(List<AuditReader.ChainedRow> rows) {
      for (AuditReader.ChainedRow row : rows) {
        ChainedEntry entry = row.entry();
        if (!entry.writer().equals(writer)) {
          writer = entry.writer();
          seq = 0;
          lastHash = ChainedEntry.genesis(writer);
        }
        String reason = reasonBroken(entry);
        if (reason != null && firstBroken == null) {
          firstBroken =
              new ChainVerification.BrokenLink(row.id(), entry.writer(), entry.seq(), reason);
        }
        seq = entry.seq();
        lastHash = entry.hash();
        heads.put(writer, new LaneHead(writer, seq, lastHash));
        entries++;
      }
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
  }

  /** What the walk of the checkpoints has seen: the lane it is in, its last checkpoint, counts. */
  private final class Anchors {
    private final Map<String, LaneHead> heads;
    private String lane;
    private String previousDigest;
    private long checked;
    private ChainVerification.BrokenCheckpoint firstBroken;

    Anchors(Map<String, LaneHead> heads) {
      this.heads = heads;
    }

    void check(CheckpointReader.Anchored anchored) {
      AuditCheckpoint checkpoint = anchored.checkpoint();
      if (!checkpoint.lane().equals(lane)) {
        lane = checkpoint.lane();
        previousDigest = null;
      }
      String reason = reasonBroken(anchored);
      if (reason != null && firstBroken == null) {
        firstBroken =
            new ChainVerification.BrokenCheckpoint(
                checkpoint.id(), checkpoint.lane(), checkpoint.seq(), reason);
      }
      previousDigest = AuditCheckpoints.digest(checkpoint.jws());
      checked++;
    }

    private String reasonBroken(CheckpointReader.Anchored anchored) {
      AuditCheckpoint checkpoint = anchored.checkpoint();
      Optional<Signed> signed = signed(checkpoint);
      if (signed.isEmpty() || !signed.get().matches(checkpoint)) {
        return "checkpoint-invalid";
      }
      if (!Objects.equals(signed.get().previous(), previousDigest)) {
        return "checkpoint-missing";
      }
      LaneHead head = heads.get(checkpoint.lane());
      if (head == null) {
        return "lane-missing";
      }
      if (checkpoint.seq() > head.seq()) {
        return "tail-deleted";
      }
      if (anchored.entryHash() == null) {
        return "entry-missing";
      }
      return anchored.entryHash().equals(checkpoint.hash()) ? null : "chain-rewritten";
    }

    ChainVerification result(Chains chains) {
      return new ChainVerification(
          chains.firstBroken == null && firstBroken == null,
          chains.entries,
          chains.heads.size(),
          checked,
          chains.firstBroken,
          firstBroken);
    }
  }

  /** The payload of a checkpoint whose signature verifies; empty for any other. */
  private Optional<Signed> signed(AuditCheckpoint checkpoint) {
    return signatures
        .verify(AuditCheckpoints.TYPE, checkpoint.jws())
        .map(VerifiedDocument::payload)
        .flatMap(this::parse);
  }

  private Optional<Signed> parse(String payload) {
    try {
      return Optional.of(json.readValue(payload, Signed.class));
    } catch (JsonProcessingException unreadable) {
      return Optional.empty();
    }
  }

  /** What a checkpoint's signature covers ({@link AuditCheckpoints#payload}). */
  private record Signed(String lane, long seq, String hash, String takenAt, String previous) {

    boolean matches(AuditCheckpoint stored) {
      return stored.lane().equals(lane)
          && stored.seq() == seq
          && stored.hash().equals(hash)
          && stored.takenAt().toString().equals(takenAt);
    }
  }
}
