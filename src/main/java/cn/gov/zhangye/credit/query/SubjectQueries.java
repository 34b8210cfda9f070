package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.platform.paging.Page;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.record.CurrentRecord;
import cn.gov.zhangye.credit.record.RecordTally;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers an agency's questions about subjects from the subject cache, filtered for the agency. A
 * subject of which the agency may see no record is, to the agency, a subject it does not know.
 */
@ApplicationScoped
public class SubjectQueries {

  private final SubjectCache cache;
  private final Visibility visibility;
  private final Profiles profiles;
  private final VisibleRecords records;
  private final PersonHandles handles;

  @Inject
  SubjectQueries(
      SubjectCache cache,
      Visibility visibility,
      Profiles profiles,
      VisibleRecords records,
      PersonHandles handles) {
    this.cache = cache;
    this.visibility = visibility;
    this.profiles = profiles;
    this.records = records;
    this.handles = handles;
  }

  /** The profile of {@code code} as {@code agency} sees it; empty when it sees nothing. */
  public Uni<Optional<SubjectProfile>> profile(Agency agency, SubjectCode code) {
    return cache
        .get(code)
        .map(subject -> subject.flatMap(found -> profile(agency, code.key(), found)));
  }

  /** The profiles of {@code codes} {@code agency} may see, by {@link SubjectCode#key()}. */
  public Uni<Map<String, SubjectProfile>> profiles(Agency agency, Collection<SubjectCode> codes) {
    return cache
        .getAll(codes)
        .map(
            subjects -> {
              Map<String, SubjectProfile> seen = new HashMap<>();
              subjects.forEach(
                  (key, subject) ->
                      profile(agency, key, subject).ifPresent(profile -> seen.put(key, profile)));
              return seen;
            });
  }

  /** A page of the records of {@code code} {@code agency} may see; empty when it sees none. */
  public Uni<Optional<RecordPage>> records(
      Agency agency, SubjectCode code, RecordFilter filter, RequestedPage<RecordKey> requested) {
    return cache
        .get(code)
        .flatMap(
            subject -> {
              if (subject.isEmpty() || records.count(subject.get(), agency) == 0) {
                return Uni.createFrom().item(Optional.empty());
              }
              SubjectSnapshot found = subject.get();
              return records
                  .page(found, agency, filter, requested.after(), requested.limit())
                  .map(read -> Optional.of(page(found, read, requested)));
            });
  }

  /** The profile of the subject stored under {@code key}; a person's with the agency's handle. */
  private Optional<SubjectProfile> profile(Agency agency, String key, SubjectSnapshot subject) {
    List<RecordTally> visible = visibility.visibleTallies(subject, agency);
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    SubjectProfile profile = profiles.profile(subject, visible, records.partial(subject, agency));
    return Optional.of(
        subject.kind() == SubjectKind.PERSON
            ? profile.withSubject(handles.of(agency, key))
            : profile);
  }

  /** The page of {@code read}, the records after the requested position, newest decision first. */
  private static RecordPage page(
      SubjectSnapshot subject, List<CurrentRecord> read, RequestedPage<RecordKey> requested) {
    Page<CurrentRecord> page = requested.of(read, RecordKey::of);
    return new RecordPage(
        subject.code(),
        subject.name(),
        page.items().stream().map(RecordItem::of).toList(),
        page.next());
  }
}
