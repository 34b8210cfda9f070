package cn.gov.zhangye.credit.submission.stats;

import cn.gov.zhangye.credit.catalog.BilingualName;
import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.calendar.WorkingCalendar;
import cn.gov.zhangye.credit.catalog.region.Regions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The statistics of submissions: the database's sums, named and with their rates. */
@ApplicationScoped
class SubmissionStats {

  private final SubmissionStatsReader reader;
  private final WorkingCalendar calendar;
  private final Catalog catalog;
  private final Regions regions;

  @Inject
  SubmissionStats(
      SubmissionStatsReader reader, WorkingCalendar calendar, Catalog catalog, Regions regions) {
    this.reader = reader;
    this.calendar = calendar;
    this.catalog = catalog;
    this.regions = regions;
  }

  Uni<SubmissionStatistics> of(StatsRequest request) {
    int limit = calendar.timelinessLimit();
    return reader
        .read(request.grouping(), request.period(), limit)
        .map(rows -> statistics(request, limit, rows));
  }

  private SubmissionStatistics statistics(StatsRequest request, int limit, List<GroupCounts> rows) {
    List<GroupFigures> groups = new ArrayList<>();
    GroupFigures unattributed = null;
    GroupFigures totals = null;
    for (GroupCounts row : rows) {
      if (row.total()) {
        totals = GroupFigures.of(null, null, null, row);
      } else if (row.key() == null) {
        unattributed = GroupFigures.of(null, null, null, row);
      } else {
        groups.add(named(request.grouping(), row));
      }
    }
    return new SubmissionStatistics(
        request.grouping().parameter(),
        StatsPeriodView.of(request.period()),
        limit,
        groups,
        unattributed,
        totals);
  }

  private GroupFigures named(Grouping grouping, GroupCounts row) {
    if (grouping == Grouping.SOURCE) {
      return GroupFigures.of(row.key(), row.clientName(), null, row);
    }
    Optional<BilingualName> name =
        grouping == Grouping.RECORD_TYPE
            ? catalog.recordType(row.key()).map(type -> type.name())
            : regions.division(row.key()).map(division -> division.name());
    return GroupFigures.of(
        row.key(),
        name.map(BilingualName::zh).orElse(null),
        name.map(BilingualName::en).orElse(null),
        row);
  }
}
