package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.BilingualName;
import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.ListKind;
import cn.gov.zhangye.credit.catalog.ListType;
import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.code.CodeTables;
import cn.gov.zhangye.credit.catalog.code.RegistrationAuthority;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.catalog.code.UsccFields;
import cn.gov.zhangye.credit.catalog.region.Regions;
import cn.gov.zhangye.credit.record.RecordTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes the profile an agency sees from a subject and the records visible to it. The list flags
 * follow the catalogue's list types: black for black and watch lists (such as the
 * abnormal-operation list), red for red lists.
 */
@ApplicationScoped
class Profiles {

  private final Regions regions;
  private final CodeTables tables;
  private final Set<String> blackTypes;
  private final Set<String> redTypes;

  @Inject
  Profiles(Regions regions, SubjectCodes codes, Catalog catalog) {
    this.regions = regions;
    this.tables = codes.tables();
    this.blackTypes = typesOf(catalog, Set.of(ListKind.BLACK, ListKind.WATCH));
    this.redTypes = typesOf(catalog, Set.of(ListKind.RED));
  }

  /** The record types whose records put a subject on a black (or watch) list. */
  Set<String> blackListTypes() {
    return blackTypes;
  }

  Set<String> redListTypes() {
    return redTypes;
  }

  /**
   * @param visible the counts of the record types the agency may see
   * @param recordsTruncated whether the agency may see records the snapshot does not hold
   */
  SubjectProfile profile(
      SubjectSnapshot subject, List<RecordTally> visible, boolean recordsTruncated) {
    Map<String, Integer> counts = new TreeMap<>();
    Instant lastChange = subject.updatedAt();
    for (RecordTally tally : visible) {
      counts.put(tally.recordType(), tally.count());
      if (tally.lastUpdatedAt().isAfter(lastChange)) {
        lastChange = tally.lastUpdatedAt();
      }
    }
    return new SubjectProfile(
        subject.code(),
        subject.kind().name(),
        subject.name(),
        region(subject.divisionCode()),
        registration(subject),
        counts,
        new SubjectProfile.Flags(
            counts.keySet().stream().anyMatch(blackTypes::contains),
            counts.keySet().stream().anyMatch(redTypes::contains),
            false),
        lastChange,
        recordsTruncated,
        null);
  }

  SubjectProfile.Region region(String divisionCode) {
    return new SubjectProfile.Region(
        divisionCode,
        regions.division(divisionCode).map(division -> name(division.name())).orElse(null));
  }

  private SubjectProfile.Registration registration(SubjectSnapshot subject) {
    if (subject.kind() == SubjectKind.PERSON) {
      return new SubjectProfile.Registration(null, null, null, null, subject.firstRecordedAt());
    }
    Optional<UsccFields> fields = UsccFields.of(subject.code());
    Optional<RegistrationAuthority> authority =
        fields.flatMap(found -> tables.authority(found.registrationAuthority()));
    return new SubjectProfile.Registration(
        subject.category(),
        subject.registrationNumber(),
        authority
            .map(found -> new SubjectProfile.Coded(found.code(), name(found.name())))
            .orElse(null),
        authority
            .flatMap(found -> found.type(fields.get().organisationType()))
            .map(type -> new SubjectProfile.Coded(type.code(), name(type.name())))
            .orElse(null),
        subject.firstRecordedAt());
  }

  private static SubjectProfile.Name name(BilingualName name) {
    return new SubjectProfile.Name(name.zh(), name.en());
  }

  private static Set<String> typesOf(Catalog catalog, Set<ListKind> kinds) {
    return catalog.listTypes().stream()
        .filter(list -> kinds.contains(list.kind()))
        .map(ListType::recordType)
        .collect(Collectors.toUnmodifiableSet());
  }
}
