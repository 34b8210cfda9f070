package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.Sha256;
import java.util.Objects;

/** An audit entry in its writer's hash chain: its hash covers the previous hash and its content. */
record ChainedEntry(String writer, long seq, AuditEntry entry, String previousHash, String hash) {

  private static final char SEPARATOR = '\u001f';

  /** The hash a writer's chain starts from. */
  static String genesis(String writer) {
    return Sha256.hexOf("genesis" + SEPARATOR + writer);
  }

  static ChainedEntry link(String writer, long seq, AuditEntry entry, String previousHash) {
    return new ChainedEntry(
        writer, seq, entry, previousHash, hashOf(writer, seq, entry, previousHash));
  }

  /** Whether the stored hash is the hash of the stored content. */
  boolean intact() {
    return hash.equals(hashOf(writer, seq, entry, previousHash));
  }

  private static String hashOf(String writer, long seq, AuditEntry entry, String previousHash) {
    return Sha256.hexOf(
        String.join(
            String.valueOf(SEPARATOR),
            previousHash,
            writer,
            Long.toString(seq),
            entry.occurredAt().toString(),
            Objects.toString(entry.clientId(), ""),
            entry.kind().name(),
            entry.operation(),
            Objects.toString(entry.targetSubject(), ""),
            Objects.toString(entry.purpose(), ""),
            Objects.toString(entry.consentReference(), ""),
            Integer.toString(entry.status()),
            entry.requestId()));
  }
}
