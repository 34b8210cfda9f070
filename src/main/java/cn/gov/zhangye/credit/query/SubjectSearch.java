package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.record.ListStanding;
import cn.gov.zhangye.credit.record.RecordReads;
import cn.gov.zhangye.credit.subject.NameSearch;
import cn.gov.zhangye.credit.subject.SubjectDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organisations by a part or the start of their name, or by the start of their code: the
 * subject directory reads matching organisations in order, the record store says which of them have
 * a record the agency may see and how they stand on the lists; only those are found. A page may be
 * cut short after {@code credit.query.search-scan-limit} organisations, with a cursor to go on.
 * Persons are never found here.
 */
@ApplicationScoped
class SubjectSearch {

  private static final int MAX_BATCH = 500;

  private final SubjectDirectory directory;
  private final RecordReads records;
  private final SubjectCodes codes;
  private final Visibility visibility;
  private final Profiles profiles;
  private final int scanLimit;

  @Inject
  SubjectSearch(
      SubjectDirectory directory,
      RecordReads records,
      SubjectCodes codes,
      Visibility visibility,
      Profiles profiles,
      QueryConfig config) {
    this.directory = directory;
    this.records = records;
    this.codes = codes;
    this.visibility = visibility;
    this.profiles = profiles;
    this.scanLimit = config.searchScanLimit();
  }

  Uni<SearchPage> organisations(
      Agency agency, SearchCriteria criteria, RequestedPage<SearchKey> requested) {
    NameSearch search =
        new NameSearch(
            criteria.text(), criteria.byCode(), criteria.prefix(), criteria.divisionPrefix());
    Scan scan = new Scan(agency, criteria, requested);
    return next(search, scan, Math.min(requested.limit(), MAX_BATCH));
  }

  private Uni<SearchPage> next(NameSearch search, Scan scan, int batch) {
    return directory
        .search(search, scan.after(), batch)
        .flatMap(
            candidates ->
                records
                    .standing(
                        candidates.stream().map(found -> found.subject().id()).toList(),
                        Set.copyOf(visibility.readableTypes(scan.agency)),
                        profiles.blackListTypes(),
                        profiles.redListTypes(),
                        codes.today())
                    .flatMap(
                        standing -> {
                          scan.take(candidates, standing);
                          boolean exhausted = candidates.size() < batch;
                          if (scan.full() || exhausted || scan.looked >= scanLimit) {
                            return Uni.createFrom().item(scan.page(exhausted));
                          }
                          return next(search, scan, Math.min(batch * 2, MAX_BATCH));
                        }));
  }

  /** A search in progress: what was found so far and where the next batch starts. */
  private final class Scan {
    final Agency agency;
    final SearchCriteria criteria;
    final RequestedPage<SearchKey> requested;
    final List<Hit> found = new ArrayList<>();
    SearchKey last;
    int looked;

    Scan(Agency agency, SearchCriteria criteria, RequestedPage<SearchKey> requested) {
      this.agency = agency;
      this.criteria = criteria;
      this.requested = requested;
      this.last = requested.after().orElse(null);
    }

    NameSearch.After after() {
      return last == null ? null : new NameSearch.After(last.sortKey(), last.id());
    }

    void take(List<NameSearch.Found> candidates, Map<Long, ListStanding> standing) {
      for (NameSearch.Found candidate : candidates) {
        if (full()) {
          return;
        }
        looked++;
        last = new SearchKey(candidate.sortKey(), candidate.subject().id());
        ListStanding listed = standing.get(candidate.subject().id());
        if (listed != null && onAskedList(listed)) {
          found.add(new Hit(summary(candidate, listed), last));
        }
      }
    }

    /** One more than a page, so that a next page is known to exist. */
    boolean full() {
      return found.size() >= requested.limit();
    }

    /** The page; cut short by the scan limit, it still says where to go on. */
    SearchPage page(boolean exhausted) {
      if (full() || exhausted) {
        var page = requested.of(found, Hit::position);
        return new SearchPage(page.items().stream().map(Hit::summary).toList(), page.next());
      }
      return new SearchPage(found.stream().map(Hit::summary).toList(), requested.cursorAfter(last));
    }

    private boolean onAskedList(ListStanding listed) {
      return criteria.onList() == null
          || (criteria.onList() == SearchCriteria.ListFlag.BLACK ? listed.black() : listed.red());
    }

    private SubjectSummary summary(NameSearch.Found candidate, ListStanding listed) {
      return new SubjectSummary(
          candidate.subject().code(),
          candidate.subject().kind().name(),
          candidate.subject().name(),
          profiles.region(candidate.subject().divisionCode()),
          new SubjectProfile.Flags(listed.black(), listed.red(), false));
    }
  }

  /** A found organisation and its place in the order of the search. */
  private record Hit(SubjectSummary summary, SearchKey position) {}
}
