package cn.gov.zhangye.credit.submission.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the statistics are grouped by: the SQL that gives an accepted version ({@code v} joined to
 * its record {@code r}) and a rejected record ({@code submission_error e} of {@code submission s},
 * aggregated per record) its group.
 */
enum Grouping {
  SOURCE("source", "r.source_client_id", "s.client_id"),
  RECORD_TYPE("recordType", "r.record_type", "max(e.record_type)"),
  // A rejected record is not stored, so it has no division.
  REGION("region", "r.division_code", "NULL::text");

  private final String parameter;
  private final String acceptedKey;
  private final String rejectedKey;

  Grouping(String parameter, String acceptedKey, String rejectedKey) {
    this.parameter = parameter;
    this.acceptedKey = acceptedKey;
    this.rejectedKey = rejectedKey;
  }

  /** The grouping of the query parameter {@code by}. */
  static Optional<Grouping> of(String parameter) {
    return Arrays.stream(values()).filter(g -> g.parameter.equals(parameter)).findFirst();
  }

  String parameter() {
    return parameter;
  }

  String acceptedKey() {
    return acceptedKey;
  }

  String rejectedKey() {
    return rejectedKey;
  }
}
