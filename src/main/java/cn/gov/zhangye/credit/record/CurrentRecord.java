package cn.gov.zhangye.credit.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The current version of an active record of a subject, as the record store reads it for queries.
 *
 * @param publicationUntil the last day of publication; null for none
 * @param fields the fields of the current version, identity numbers and persons' names masked;
 *     read-only
 */
public record CurrentRecord(
    long id,
    String recordType,
    int version,
    LocalDate decisionDate,
    LocalDate publicationUntil,
    Instant updatedAt,
    JsonNode fields) {

  /** Whether the record is still published on {@code day}. */
  public boolean publishedOn(LocalDate day) {
    return publicationUntil == null || !publicationUntil.isBefore(day);
  }
}
