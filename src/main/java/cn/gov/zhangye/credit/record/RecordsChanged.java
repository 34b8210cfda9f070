package cn.gov.zhangye.credit.record;

import java.util.Set;

/**
 * Records of these subjects were created, corrected or revoked, and the change is committed: what
 * was read or cached about them is stale. Fired on the replica that made the change, before the
 * change is answered: synchronously by submissions ({@code @Observes}) and asynchronously by
 * revocations ({@code @ObservesAsync}, awaited), so that an observer observes both.
 *
 * @param subjectKeys the subjects by {@link cn.gov.zhangye.credit.subject.SubjectKeys}
 */
public record RecordsChanged(Set<String> subjectKeys) {

  public RecordsChanged {
    subjectKeys = Set.copyOf(subjectKeys);
  }
}
