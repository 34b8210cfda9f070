package cn.gov.zhangye.credit.submission.stats;

/**
 * The figures of one group as the database sums them.
 *
 * @param key the group's key; null for records that belong to no group of the grouping
 * @param total whether these are the figures over all groups
 * @param clientName the client's display name in the registry, when grouped by source
 * @param measured accepted versions with a timeliness figure
 * @param averageDays their average working days; null when none was measured
 * @param medianDays their median working days; null when none was measured
 * @param withinLimit those within the timeliness limit
 */
record GroupCounts(
    String key,
    boolean total,
    String clientName,
    long created,
    long corrected,
    long rejected,
    long measured,
    Double averageDays,
    Double medianDays,
    long withinLimit) {

  GroupCounts named(String name) {
    return new GroupCounts(
        key,
        total,
        name,
        created,
        corrected,
        rejected,
        measured,
        averageDays,
        medianDays,
        withinLimit);
  }
}
