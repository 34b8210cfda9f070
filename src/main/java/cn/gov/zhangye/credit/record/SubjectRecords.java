package cn.gov.zhangye.credit.record;

import java.util.List;
import java.util.Map;

/**
 * The current records of some subjects, read in one statement.
 *
 * @param bySubject each asked subject's records by its row id, newest decision first; empty for a
 *     subject without any
 * @param asOfPosition the change-journal position the statement's snapshot includes: the records
 *     are as of that position
 */
public record SubjectRecords(Map<Long, List<CurrentRecord>> bySubject, long asOfPosition) {

  public List<CurrentRecord> of(long subjectId) {
    return bySubject.getOrDefault(subjectId, List.of());
  }
}
