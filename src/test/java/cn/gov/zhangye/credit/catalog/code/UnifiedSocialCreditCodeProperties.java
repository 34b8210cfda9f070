package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.catalog.CatalogFiles;
import cn.gov.zhangye.credit.testing.TestCodes;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The check of unified social credit codes against GB 32100 as written in domain.md §1: codes and
 * check characters come from the test's own implementation ({@link TestCodes}) and from published
 * codes, never from {@link UnifiedSocialCreditCode} itself.
 */
class UnifiedSocialCreditCodeProperties {

  private static final CodeTables TABLES = CodeTables.load(CatalogFiles.shipped());
  private static final String ALPHABET = TestCodes.USCC_ALPHABET;
  private static final String LETTERS_LEFT_OUT = "IOSVZ";

  /**
   * Codes as published in the national enterprise credit information system (华为技术有限公司,
   * 深圳市腾讯计算机系统有限公司, 北京百度网讯科技有限公司, 小米科技有限责任公司) and the examples of this repository's documentation.
   */
  @Example
  void publishedCodesAreValid() {
    for (String code :
        List.of(
            "914403001922038216",
            "9144030071526726XG",
            "91110000802100433B",
            "91110108551385082Q",
            "91620702MA71XY2KX8",
            "91620702MA74A0TD98",
            "11620700MB1234562X")) {
      assertTrue(isValid(code), code);
      assertTrue(UnifiedSocialCreditCode.defectOf(code).isEmpty(), code);
    }
  }

  @Property(tries = 300)
  void everyGeneratedCodeIsValid(@ForAll("validCodes") String code) {
    assertTrue(UnifiedSocialCreditCode.defectOf(code).isEmpty(), code);
    assertEquals(code, UnifiedSocialCreditCode.parse(code).value());
  }

  @Property(tries = 40)
  void everySingleCharacterSubstitutionFails(@ForAll("validCodes") String code) {
    NearMisses.substitutions(code, ALPHABET + LETTERS_LEFT_OUT)
        .forEach(UnifiedSocialCreditCodeProperties::assertFails);
  }

  /** Weights 3^(i−1) mod 31 differ between neighbours, so a swap in the first 17 always shows. */
  @Property(tries = 100)
  void everyAdjacentTranspositionInTheFirst17Fails(@ForAll("validCodes") String code) {
    NearMisses.adjacentSwaps(code.substring(0, 17)).stream()
        .map(swapped -> swapped + code.charAt(17))
        .forEach(UnifiedSocialCreditCodeProperties::assertFails);
  }

  /** Swapping the check character in may or may not pass: as the standard says, no more. */
  @Property(tries = 200)
  void aSwapWithTheCheckCharacterIsJudgedAsTheStandardJudgesIt(@ForAll("validCodes") String code) {
    String changed = NearMisses.swapped(code, 16);
    assertEquals(isValid(changed), UnifiedSocialCreditCode.defectOf(changed).isEmpty(), changed);
  }

  @Property(tries = 100)
  void aCharacterMoreOrLessFails(
      @ForAll("validCodes") String code, @ForAll("alphabet") char extra) {
    NearMisses.withACharacterMoreOrLess(code, extra)
        .forEach(UnifiedSocialCreditCodeProperties::assertFails);
  }

  @Property(tries = 100)
  void aFullWidthCharacterFails(@ForAll("validCodes") String code) {
    NearMisses.withAFullWidthCharacter(code)
        .forEach(UnifiedSocialCreditCodeProperties::assertFails);
  }

  @Property(tries = 100)
  void whitespaceInsideOrAroundFails(@ForAll("validCodes") String code) {
    NearMisses.withWhitespace(code).forEach(UnifiedSocialCreditCodeProperties::assertFails);
  }

  @Property(tries = 100)
  void aLowerCaseLetterFails(@ForAll("validCodes") String code) {
    for (int position = 0; position < code.length(); position++) {
      if (Character.isLetter(code.charAt(position))) {
        assertFails(
            NearMisses.replaced(
                code, position, code.substring(position, position + 1).toLowerCase(Locale.ROOT)));
      }
    }
  }

  /** On any 18 characters of the alphabet and the letters it leaves out, both agree. */
  @Property(tries = 1000)
  void anyEighteenCharactersAreJudgedAsTheStandardJudgesThem(
      @ForAll("candidates") String candidate) {
    assertEquals(
        isValid(candidate), UnifiedSocialCreditCode.defectOf(candidate).isEmpty(), candidate);
  }

  /**
   * Codes built the way GB 32100 builds them: an authority and type from the table, a six-digit
   * division, an organisation-code body with its check character, and the outer check character.
   */
  @Provide
  Arbitrary<String> validCodes() {
    List<String> authorityAndType =
        TABLES.authorities().stream()
            .flatMap(authority -> authority.types().stream().map(t -> authority.code() + t.code()))
            .toList();
    return Combinators.combine(
            Arbitraries.of(authorityAndType),
            Arbitraries.strings().numeric().ofLength(6),
            Arbitraries.strings().withChars(ALPHABET).ofLength(8))
        .as(TestCodes::uscc);
  }

  @Provide
  Arbitrary<Character> alphabet() {
    return Arbitraries.chars().with(ALPHABET.toCharArray());
  }

  /** Valid codes and codes one substitution away, so that both verdicts occur often. */
  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<String> changed =
        Combinators.combine(
                validCodes(),
                Arbitraries.integers().between(0, 17),
                Arbitraries.chars().with((ALPHABET + LETTERS_LEFT_OUT).toCharArray()))
            .as((code, position, c) -> NearMisses.replaced(code, position, String.valueOf(c)));
    return Arbitraries.oneOf(
        validCodes(), changed, Arbitraries.strings().withChars(ALPHABET).ofLength(18));
  }

  /** Valid by domain.md alone: the alphabet, digits in 3–8, both check characters. */
  private static boolean isValid(String candidate) {
    return candidate.length() == 18
        && candidate.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
        && candidate.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')
        && TestCodes.organisationCheckCharacter(candidate.substring(8, 16)) == candidate.charAt(16)
        && TestCodes.usccCheckCharacter(candidate) == candidate.charAt(17);
  }

  private static void assertFails(String changed) {
    assertTrue(UnifiedSocialCreditCode.defectOf(changed).isPresent(), changed);
  }
}
