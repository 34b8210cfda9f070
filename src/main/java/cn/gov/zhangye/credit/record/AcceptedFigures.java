package cn.gov.zhangye.credit.record;

/**
 * The accepted versions of a period in one group, or over all groups: how many were new records
 * (新增) and corrections (更正), and how timely the new ones reached the platform (报送时效).
 *
 * @param key the group; null when the versions have none
 * @param total whether these are the figures over all groups
 * @param measured the versions whose working days to submission are known
 * @param averageDays the mean working days to submission; null when none are measured
 * @param medianDays the median of them; null when none are measured
 * @param withinLimit the measured versions within the timeliness limit
 */
public record AcceptedFigures(
    String key,
    boolean total,
    long created,
    long corrected,
    long measured,
    Double averageDays,
    Double medianDays,
    long withinLimit) {

  /** What accepted versions are grouped by. */
  public enum Grouping {
    /** The submitting client. */
    SOURCE("source_client_id"),
    RECORD_TYPE("record_type"),
    /** The subject's administrative division. */
    REGION("division_code");

    private final String column;

    Grouping(String column) {
      this.column = column;
    }

    String column() {
      return column;
    }
  }
}
