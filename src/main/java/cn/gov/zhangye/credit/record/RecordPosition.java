package cn.gov.zhangye.credit.record;

import java.time.LocalDate;

/** Where a record stands among a subject's records, newest decision first: decided, then id. */
public record RecordPosition(LocalDate decisionDate, long id) {}
