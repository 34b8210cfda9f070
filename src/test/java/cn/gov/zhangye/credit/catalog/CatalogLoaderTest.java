package cn.gov.zhangye.credit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLoaderTest {

  @TempDir Path directory;

  @Test
  void shippedCatalogueLoads() {
    CatalogData catalog = CatalogLoader.load(CatalogFiles.shipped());

    assertEquals("2024.2", catalog.manifest().version());
    assertEquals("全国公共信用信息基础目录（2024年版）", catalog.manifest().basis().zh());
    assertEquals(
        List.of(
            "ADMIN_LICENCE",
            "ADMIN_PENALTY",
            "RED_LIST",
            "BLACK_LIST",
            "ABNORMAL_OPERATION",
            "BAD_RECORD",
            "CREDIT_COMMITMENT",
            "CREDIT_RATING"),
        catalog.recordTypes().stream().map(RecordType::code).toList());
    assertEquals(10, catalog.listTypes().size());
  }

  @Test
  void shippedPublicationPeriodsFollowTheirClasses() {
    Map<String, PublicationRule> rules =
        CatalogLoader.load(CatalogFiles.shipped()).recordTypes().stream()
            .collect(Collectors.toMap(RecordType::code, RecordType::publication));

    assertEquals(
        new PublicationRule(PublicationClass.NONE, Optional.empty(), Optional.of("XK_YXQZI")),
        rules.get("ADMIN_LICENCE"));
    assertEquals(
        new PublicationRule(
            PublicationClass.SERIOUS, Optional.of(new MonthRange(12, 36)), Optional.of("MD_YXQZ")),
        rules.get("BLACK_LIST"));
  }

  @Test
  void licenceFieldsAreTheDisclosureDataItems() {
    RecordType licence =
        CatalogLoader.load(CatalogFiles.shipped()).recordTypes().stream()
            .filter(type -> type.code().equals("ADMIN_LICENCE"))
            .findFirst()
            .orElseThrow();

    assertEquals(28, licence.fields().size());
    assertEquals(
        new FieldDefinition(
            "XK_JDRQ",
            new BilingualName("许可决定日期", "Licence decision date"),
            new BilingualName(
                "作出许可决定的日期，格式 yyyy-MM-dd 或 yyyy/MM/dd。",
                "Date of the licence decision, yyyy-MM-dd or yyyy/MM/dd."),
            true),
        licence.fields().stream()
            .filter(field -> field.code().equals("XK_JDRQ"))
            .findFirst()
            .orElseThrow());
  }

  @Test
  void configuredDirectoryReplacesTheShippedCatalogue() {
    CatalogData catalog = CatalogLoader.load(CatalogFiles.in(TestCatalogs.valid()));

    assertEquals("2099.1", catalog.manifest().version());
    assertEquals(LocalDate.of(2099, 1, 1), catalog.manifest().effectiveDate());
    assertEquals(
        List.of("SAMPLE", "SAMPLE_LIST"),
        catalog.recordTypes().stream().map(RecordType::code).toList());
  }

  @Test
  void missingManifestIsNamed() {
    CatalogException failure =
        assertThrows(CatalogException.class, () -> CatalogLoader.load(CatalogFiles.in(directory)));

    assertEquals(directory.resolve("catalog.json") + ": file not found", failure.getMessage());
  }

  @Test
  void malformedJsonIsPlacedByLineAndColumn() {
    assertTrue(
        failureOf("malformed-json")
            .startsWith(
                file("record-types/sample.json")
                    + ": not valid JSON at line 57, column 1: Unexpected end-of-input"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          duplicate-key                    | record-types/sample.json      | not valid JSON at line 3, column 9: Duplicate field 'code'
          missing-english-name             | record-types/sample.json      | /name/en: is missing
          unknown-sharing-level            | record-types/sample.json      | /sharing: does not have a value in the enumeration ["PUBLIC", "CONDITIONAL", "NOT_SHARED"]
          unknown-attribute                | record-types/sample.json      | /owner: is not allowed
          negative-max-length              | record-types/sample.json      | /schema/properties/SP_MC/maxLength: must have a minimum value of 0
          invalid-pattern                  | record-types/sample.json      | /schema/$defs/date/pattern: is not a valid regex
          unresolvable-reference           | record-types/sample.json      | /schema: cannot be compiled: Reference /$defs/day cannot be resolved
          other-dialect                    | record-types/sample.json      | /schema/$schema: must be the constant value 'https://json-schema.org/draft/2020-12/schema'
          open-schema                      | record-types/sample.json      | /schema/additionalProperties: must be the constant value 'false'
          untitled-field                   | record-types/sample.json      | /schema/properties/SP_MC/title: is missing
          unbounded-string                 | record-types/sample.json      | /schema/properties/SP_MC/maxLength: is missing
          duplicate-title                  | record-types/sample.json      | /schema/properties/SP_JDRQ/title: "名称" is already the code or title of SP_MC
          title-is-another-code            | record-types/sample.json      | /schema/properties/SP_JDRQ/title: "SP_MC" is already the code or title of SP_MC
          period-min-above-max             | record-types/sample.json      | /publication/period: minMonths 12 is greater than maxMonths 6
          period-outside-class             | record-types/sample.json      | /publication/period: 3–24 months is outside 3–12 months, the bounds of class GENERAL
          period-without-class             | record-types/sample.json      | /publication/period: is not allowed
          missing-period                   | record-types/sample.json      | /publication/period: is missing
          unknown-decision-date-field      | record-types/sample.json      | /decisionDateField: SP_RQ is not a field of /schema
          unknown-end-field                | record-types/sample.json      | /publication/endField: SP_YXQ is not a field of /schema
          missing-roles                    | record-types/sample.json      | /roles: is missing
          unknown-role-attribute           | record-types/sample.json      | /roles/subject/owner: is not allowed
          unknown-role-field               | record-types/sample.json      | /roles/subject/creditCode: SP_SHXYM is not a field of /schema
          date-order-of-non-dates          | record-types/sample.json      | /roles/dateOrder/0/earlier: SP_MC is not a date field ("$ref": "#/$defs/date")
          unchecked-subject-credit-code    | record-types/sample.json      | /roles/subject/creditCode: SP_MC is not in /roles/creditCodes
          unknown-record-type-file         | record-types/missing.json     | file not found
          invalid-effective-date           | catalog.json                  | /effectiveDate: is not a valid date
          list-type-of-unknown-record-type | list-types.json               | /listTypes/0/recordType: NOPE is not a record type of the catalogue
          list-type-of-plain-record-type   | list-types.json               | /listTypes/0/recordType: SAMPLE has no listTypeField, so it cannot hold list entries
          duplicate-list-type-code         | list-types.json               | /listTypes/1/code: list type TEST_BLACK is already defined at /listTypes/0
          """)
  void brokenCatalogueNamesFilePointerAndProblem(String brokenCase, String file, String problem) {
    assertEquals(file(file) + ": " + problem, failureOf(brokenCase));
  }

  @Test
  void duplicateRecordTypeCodeNamesBothFiles() {
    assertEquals(
        file("record-types/sample-list.json")
            + ": /code: record type SAMPLE is already defined in "
            + file("record-types/sample.json"),
        failureOf("duplicate-record-type-code"));
  }

  @Test
  void listTypeFieldMustEnumerateTheListTypesUsingIt() {
    assertEquals(
        file("record-types/sample-list.json")
            + ": /schema/properties/SL_LXDM/enum: must list exactly the list types of SAMPLE_LIST in "
            + file("list-types.json")
            + ", [TEST_BLACK, TEST_OTHER]",
        failureOf("list-type-not-enumerated"));
  }

  private String failureOf(String brokenCase) {
    CatalogFiles files = CatalogFiles.in(TestCatalogs.broken(brokenCase, directory));
    return assertThrows(CatalogException.class, () -> CatalogLoader.load(files)).getMessage();
  }

  private String file(String relativePath) {
    return directory.resolve(relativePath).toString();
  }
}
