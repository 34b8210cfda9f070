package cn.gov.zhangye.credit.record;

import java.util.List;
import java.util.Map;

/**
 * The current records of some subjects, read in one database snapshot: each subject's newest ones,
 * at most as many as asked, and all of them counted by type.
 *
 * @param bySubject each asked subject's newest records by its row id, newest decision first; empty
 *     for a subject without any
 * @param talliesBySubject each asked subject's records counted by type; empty for one without any
 * @param asOfPosition the change-journal position the snapshot includes: the records are as of that
 *     position
 */
public record SubjectRecords(
    Map<Long, List<CurrentRecord>> bySubject,
    Map<Long, List<RecordTally>> talliesBySubject,
    long asOfPosition) {

  public List<CurrentRecord> of(long subjectId) {
    return bySubject.getOrDefault(subjectId, List.of());
  }

  public List<RecordTally> talliesOf(long subjectId) {
    return talliesBySubject.getOrDefault(subjectId, List.of());
  }
}
