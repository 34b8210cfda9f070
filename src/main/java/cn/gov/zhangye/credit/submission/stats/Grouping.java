package cn.gov.zhangye.credit.submission.stats;

import cn.gov.zhangye.credit.record.AcceptedFigures;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the statistics are grouped by: the record store's grouping of accepted versions, and the SQL
 * that gives a rejected record ({@code submission_error e} of {@code submission s}, aggregated per
 * record) its group.
 */
enum Grouping {
  SOURCE("source", AcceptedFigures.Grouping.SOURCE, "s.client_id"),
  RECORD_TYPE("recordType", AcceptedFigures.Grouping.RECORD_TYPE, "max(e.record_type)"),
  // A rejected record is not stored, so it has no division.
  REGION("region", AcceptedFigures.Grouping.REGION, "NULL::text");

  private final String parameter;
  private final AcceptedFigures.Grouping accepted;
  private final String rejectedKey;

  Grouping(String parameter, AcceptedFigures.Grouping accepted, String rejectedKey) {
    this.parameter = parameter;
    this.accepted = accepted;
    this.rejectedKey = rejectedKey;
  }

  /** The grouping of the query parameter {@code by}. */
  static Optional<Grouping> of(String parameter) {
    return Arrays.stream(values()).filter(g -> g.parameter.equals(parameter)).findFirst();
  }

  String parameter() {
    return parameter;
  }

  AcceptedFigures.Grouping accepted() {
    return accepted;
  }

  String rejectedKey() {
    return rejectedKey;
  }
}
