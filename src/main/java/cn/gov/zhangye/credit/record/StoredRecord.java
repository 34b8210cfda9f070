package cn.gov.zhangye.credit.record;

/**
 * A record as read for a change: its row id and the key of its subject beside what its submitter
 * sees.
 *
 * @param subjectKey by {@link cn.gov.zhangye.credit.subject.SubjectKeys}
 */
record StoredRecord(long id, String subjectKey, RecordView view) {}
