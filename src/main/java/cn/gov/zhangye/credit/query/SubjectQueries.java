package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.platform.paging.Page;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.record.CurrentRecord;
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
  private final PersonHandles handles;

  @Inject
  SubjectQueries(
      SubjectCache cache, Visibility visibility, Profiles profiles, PersonHandles handles) {
    this.cache = cache;
    this.visibility = visibility;
    this.profiles = profiles;
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
        .map(
            subject ->
                subject.flatMap(
                    found -> {
                      List<CurrentRecord> visible = visibility.visible(found, agency);
                      return visible.isEmpty()
                          ? Optional.empty()
                          : Optional.of(page(found, visible, filter, requested));
                    }));
  }

  /** The profile of the subject stored under {@code key}; a person's with the agency's handle. */
  private Optional<SubjectProfile> profile(Agency agency, String key, SubjectSnapshot subject) {
    List<CurrentRecord> visible = visibility.visible(subject, agency);
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    SubjectProfile profile = profiles.profile(subject, visible);
    return Optional.of(
        subject.kind() == SubjectKind.PERSON
            ? profile.withSubject(handles.of(agency, key))
            : profile);
  }

  /** The page of {@code visible}, which is newest decision first. */
  private static RecordPage page(
      SubjectSnapshot subject,
      List<CurrentRecord> visible,
      RecordFilter filter,
      RequestedPage<RecordKey> requested) {
    Optional<RecordKey> after = requested.after();
    List<CurrentRecord> read =
        visible.stream()
            .filter(filter::accepts)
            .filter(record -> after.map(key -> key.isFollowedBy(record)).orElse(true))
            .limit(requested.limit())
            .toList();
    Page<CurrentRecord> page = requested.of(read, RecordKey::of);
    return new RecordPage(
        subject.code(),
        subject.name(),
        page.items().stream().map(RecordItem::of).toList(),
        page.next());
  }
}
