package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SharingLevel;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.record.CurrentRecord;
import cn.gov.zhangye.credit.record.RecordTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an agency may see: records of public types; of conditional types only when the type is
 * granted to it; of types that are not shared never; and only while published, today being the date
 * in China.
 */
@ApplicationScoped
public class Visibility {

  private final Map<String, SharingLevel> sharing;
  private final SubjectCodes codes;

  @Inject
  Visibility(Catalog catalog, SubjectCodes codes) {
    this.sharing =
        catalog.recordTypes().stream()
            .collect(Collectors.toUnmodifiableMap(RecordType::code, RecordType::sharing));
    this.codes = codes;
  }

  /** Whether {@code agency} may see records of {@code recordType} at all. */
  public boolean mayRead(Agency agency, String recordType) {
    SharingLevel level = sharing.get(recordType);
    return level == SharingLevel.PUBLIC
        || (level == SharingLevel.CONDITIONAL
            && agency.conditionalRecordTypes().contains(recordType));
  }

  /** The records of {@code subject} that {@code agency} may see today, newest decision first. */
  public List<CurrentRecord> visible(SubjectSnapshot subject, Agency agency) {
    LocalDate today = codes.today();
    return subject.records().stream()
        .filter(record -> record.publishedOn(today) && mayRead(agency, record.recordType()))
        .toList();
  }

  /** The counts of the records of {@code subject} of the types {@code agency} may see. */
  public List<RecordTally> visibleTallies(SubjectSnapshot subject, Agency agency) {
    return subject.tallies().stream().filter(tally -> mayRead(agency, tally.recordType())).toList();
  }

  /** The record types {@code agency} may see, for the database-side filters of a search. */
  public List<String> readableTypes(Agency agency) {
    return sharing.keySet().stream().filter(type -> mayRead(agency, type)).sorted().toList();
  }
}
