package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.catalog.CatalogDirectory;
import cn.gov.zhangye.credit.catalog.CatalogFiles;
import cn.gov.zhangye.credit.testing.TestCodes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectCodesTest {

  private static final String FAILS_CHECK = "91620702MA72XK3D15";

  /** 2026-05-01 00:30 in China, still 2026-04-30 in UTC. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-30T16:30:00Z"), ZoneOffset.UTC);

  @TempDir Path root;

  private final SubjectCodes shipped =
      new SubjectCodes(CodeTables.load(CatalogFiles.shipped()), CLOCK);

  @Test
  void acceptsAnOverriddenCode() {
    SubjectCodes codes = new SubjectCodes(tablesOverriding(FAILS_CHECK), CLOCK);

    UsccCheck check = codes.checkUscc(FAILS_CHECK);

    assertTrue(check.valid());
    assertTrue(check.overridden());
    assertEquals(FAILS_CHECK, codes.parseUscc(FAILS_CHECK).value());
  }

  @Test
  void rejectsTheSameCodeWithoutOverride() {
    UsccCheck check = shipped.checkUscc(FAILS_CHECK);

    assertFalse(check.valid());
    assertFalse(check.overridden());
    assertEquals(CodeDefect.CHECK_CHARACTER, check.defect().orElseThrow().code());
    assertThrows(InvalidCodeException.class, () -> shipped.parseUscc(FAILS_CHECK));
  }

  @Test
  void reportsThePlaceholder() {
    UsccCheck check = shipped.checkUscc(UnifiedSocialCreditCode.PLACEHOLDER);

    assertTrue(check.placeholder());
    assertFalse(check.valid());
  }

  @Test
  void takesTodayInChinaTime() {
    // Born 2026-05-01: today in China, tomorrow in UTC.
    String bornToday = TestCodes.identityNumber("620702", "20260501", 1);

    assertTrue(shipped.identityNumberDefectOf(bornToday).isEmpty());
    assertEquals(
        "620702********001" + bornToday.charAt(17),
        shipped.parseIdentityNumber(bornToday).masked());
  }

  @Test
  void masksNamesWithTheCompoundSurnamesOfTheCatalogue() {
    assertEquals("诸葛*", shipped.maskName("诸葛亮"));
    assertEquals("李*", shipped.maskName("李白"));
  }

  private CodeTables tablesOverriding(String code) {
    return CodeTables.load(
        CatalogDirectory.copyOf(root, CodeTables.AUTHORITIES, CodeTables.COMPOUND_SURNAMES)
            .write(
                CodeTables.OVERRIDES,
                "{\"overrides\": [{\"code\": \""
                    + code
                    + "\", \"reason\": \"登记机关复函\", \"addedOn\": \"2026-03-02\"}]}")
            .files());
  }
}
