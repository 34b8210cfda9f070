package cn.gov.zhangye.credit.record;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The current records of one type of a subject, counted: all of them, however many a read kept.
 *
 * @param count how many
 * @param lastUpdatedAt when the most recently changed of them last changed
 * @param earliestPublicationUntil the earliest last day of publication among them; null when none
 *     of them has one
 */
public record RecordTally(
    String recordType, int count, Instant lastUpdatedAt, LocalDate earliestPublicationUntil) {}
