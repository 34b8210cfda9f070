package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.paging.Keyset;
import cn.gov.zhangye.credit.record.CurrentRecord;
import cn.gov.zhangye.credit.record.RecordPosition;
import java.time.LocalDate;
import java.util.List;

/** Where a record stands among a subject's records, newest decision first: decided, then id. */
record RecordKey(LocalDate decisionDate, long id) {

  static final Keyset<RecordKey> KEYSET =
      Keyset.of(
          "subject-records",
          key -> List.of(key.decisionDate().toString(), Long.toString(key.id())),
          values -> new RecordKey(values.date(0), values.number(1)));

  static RecordKey of(CurrentRecord record) {
    return new RecordKey(record.decisionDate(), record.id());
  }

  RecordPosition position() {
    return new RecordPosition(decisionDate, id);
  }

  /** Whether {@code record} comes after this key, newest decision first. */
  boolean isFollowedBy(CurrentRecord record) {
    int order = record.decisionDate().compareTo(decisionDate);
    return order < 0 || (order == 0 && record.id() < id);
  }
}
