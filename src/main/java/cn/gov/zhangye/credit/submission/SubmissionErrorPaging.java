package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.paging.Keyset;
import cn.gov.zhangye.credit.platform.paging.Page;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * A submission's record errors page by page, in record order. A page holds whole records: never
 * part of one record's errors, so its cursor is the index of its last record. A record with more
 * errors than a page holds fills a page of its own.
 */
@ApplicationScoped
class SubmissionErrorPaging {

  static final Keyset<Integer> KEYSET =
      Keyset.of(
          "submission-errors",
          index -> List.of(Integer.toString(index)),
          values -> values.integer(0));

  private final SubmissionRepository submissions;

  @Inject
  SubmissionErrorPaging(SubmissionRepository submissions) {
    this.submissions = submissions;
  }

  /** Blocking: call on a worker thread. */
  Page<StoredError> page(UUID id, RequestedPage<Integer> requested) {
    int from = requested.after().map(index -> index + 1).orElse(0);
    List<StoredError> read = submissions.errors(id, from, requested.limit());
    if (read.size() <= requested.size()) {
      return new Page<>(read, null);
    }
    int cut = read.get(requested.size()).index();
    List<StoredError> whole = read.stream().filter(error -> error.index() < cut).toList();
    if (whole.isEmpty()) {
      List<StoredError> record = submissions.recordErrors(id, cut);
      boolean more = !submissions.errors(id, cut + 1, 1).isEmpty();
      return new Page<>(record, more ? requested.cursorAfter(cut) : null);
    }
    return new Page<>(whole, requested.cursorAfter(whole.get(whole.size() - 1).index()));
  }
}
