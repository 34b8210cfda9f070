package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.catalog.code.CodeTables;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Validating records of the shipped catalogue on a fixed day, and describing the violations. */
final class Validation {

  /** Today in China: 2026-08-01 00:30 there, still 2026-07-31 in UTC. */
  static final LocalDate TODAY = LocalDate.of(2026, 8, 1);

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-31T16:30:00Z"), ZoneOffset.UTC);

  static final Catalog CATALOG = new Catalog(CatalogLoader.load(CatalogFiles.shipped()));

  static final RecordValidator VALIDATOR = validatorWith(CodeTables.load(CatalogFiles.shipped()));

  private Validation() {}

  static RecordValidator validatorWith(CodeTables tables) {
    return new RecordValidator(CATALOG, new SubjectCodes(tables, CLOCK));
  }

  /** The violations of an organisation's record of {@code recordType}. */
  static List<Violation> validate(String recordType, ObjectNode fields) {
    return VALIDATOR.validate(
        CATALOG.requireRecordType(recordType), SubjectKind.ORGANISATION, fields);
  }

  /** Each violation as {@code <pointer> <code> <Chinese message>}. */
  static List<String> describe(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.pointer() + " " + v.code() + " " + v.message().in(Languages.CHINESE))
        .toList();
  }
}
