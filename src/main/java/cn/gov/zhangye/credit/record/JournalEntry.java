package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import java.time.Instant;

/**
 * One committed change of a record, as the {@link RecordJournal} holds it.
 *
 * @param cursor where a reader stands once it has taken this entry
 * @param position the entry's number in the journal, unique, greater for a later append; the
 *     journal's order is the cursors', not the positions'
 * @param recordVersion the record's version after the change
 * @param subjectId the subject's row id in the store of its kind
 * @param divisionCode the subject's division (行政区划代码) at the change
 * @param published whether the record type is published (公开), so that the change is open data
 * @param occurredAt when the transaction of the change began
 */
public record JournalEntry(
    JournalCursor cursor,
    long position,
    RecordChange kind,
    long recordId,
    int recordVersion,
    String recordType,
    SubjectKind subjectKind,
    long subjectId,
    String divisionCode,
    String sourceClientId,
    boolean published,
    Instant occurredAt) {}
