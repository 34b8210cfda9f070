package cn.gov.zhangye.credit.record;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a subject's current records a paged read takes, newest decision first: active, of one of
 * {@code types}, still published on {@code today}, decided within the dates, after a position.
 *
 * @param decidedFrom the earliest decision date; null for any
 * @param decidedTo the latest decision date; null for any
 * @param after the position of the last record of the previous page; empty for the first page
 */
public record RecordRange(
    Set<String> types,
    LocalDate today,
    LocalDate decidedFrom,
    LocalDate decidedTo,
    Optional<RecordPosition> after) {}
