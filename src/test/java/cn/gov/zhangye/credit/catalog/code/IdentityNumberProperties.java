package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.TestCodes;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;

/**
 * The check of resident identity numbers against GB 11643 as written in domain.md §1: numbers and
 * check characters come from the test's own implementation ({@link TestCodes}) and from the
 * standard's published examples, never from {@link IdentityNumber} itself.
 */
class IdentityNumberProperties {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
  private static final String CHARACTERS = "0123456789X";

  /** The examples printed in GB 11643-1999. */
  @Example
  void thePublishedExamplesAreValid() {
    for (String number : new String[] {"11010519491231002X", "440524188001010014"}) {
      assertEquals(number.charAt(17), TestCodes.identityCheckCharacter(number), number);
      assertTrue(IdentityNumber.defectOf(number, TODAY).isEmpty(), number);
    }
  }

  @Property(tries = 300)
  void everyGeneratedNumberIsValid(@ForAll("validNumbers") String number) {
    assertTrue(IdentityNumber.defectOf(number, TODAY).isEmpty(), number);
    assertEquals(number, IdentityNumber.parse(number, TODAY).unmasked());
  }

  @Property(tries = 100)
  void aLowerCaseXIsAcceptedAndNormalised(@ForAll("numbersEndingInX") String number) {
    String lowerCase = number.toLowerCase();
    assertTrue(IdentityNumber.defectOf(lowerCase, TODAY).isEmpty(), lowerCase);
    assertEquals(number, IdentityNumber.parse(lowerCase, TODAY).unmasked());
  }

  @Property(tries = 40)
  void everySingleCharacterSubstitutionFails(@ForAll("validNumbers") String number) {
    NearMisses.substitutions(number, CHARACTERS).forEach(IdentityNumberProperties::assertFails);
  }

  /** The weights of neighbours differ modulo 11, so a swap in the first 17 always shows. */
  @Property(tries = 100)
  void everyAdjacentTranspositionInTheFirst17Fails(@ForAll("validNumbers") String number) {
    NearMisses.adjacentSwaps(number.substring(0, 17)).stream()
        .map(swapped -> swapped + number.charAt(17))
        .forEach(IdentityNumberProperties::assertFails);
  }

  /** Swapping the check character in may or may not pass: as the standard says, no more. */
  @Property(tries = 200)
  void aSwapWithTheCheckCharacterIsJudgedAsTheStandardJudgesIt(
      @ForAll("validNumbers") String number) {
    String changed = NearMisses.swapped(number, 16);
    assertEquals(isValid(changed), IdentityNumber.defectOf(changed, TODAY).isEmpty(), changed);
  }

  @Property(tries = 100)
  void aCharacterMoreOrLessFails(
      @ForAll("validNumbers") String number, @ForAll @CharRange(from = '0', to = '9') char extra) {
    NearMisses.withACharacterMoreOrLess(number, extra)
        .forEach(IdentityNumberProperties::assertFails);
    // the 15 digits of a first-generation number
    assertFails(number.substring(0, 15));
  }

  @Property(tries = 100)
  void aFullWidthDigitFails(@ForAll("validNumbers") String number) {
    NearMisses.withAFullWidthCharacter(number).forEach(IdentityNumberProperties::assertFails);
  }

  @Property(tries = 100)
  void whitespaceInsideOrAroundFails(@ForAll("validNumbers") String number) {
    NearMisses.withWhitespace(number).forEach(IdentityNumberProperties::assertFails);
  }

  /** On any 17 digits, most of them with a real birth date, and any last character, both agree. */
  @Property(tries = 1000)
  void anyEighteenDigitsAreJudgedAsTheStandardJudgesThem(
      @ForAll("first17s") String first17, @ForAll("checkCharacters") char last) {
    String candidate = first17 + last;
    assertEquals(
        isValid(candidate), IdentityNumber.defectOf(candidate, TODAY).isEmpty(), candidate);
  }

  @Provide
  Arbitrary<String> first17s() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, validNumbers().map(number -> number.substring(0, 17))),
        Tuple.of(1, Arbitraries.strings().numeric().ofLength(17)));
  }

  /** Numbers with a random division, a real birth date from 1900 to today and a sequence. */
  @Provide
  Arbitrary<String> validNumbers() {
    Arbitrary<LocalDate> birthDates =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(
            Arbitraries.strings().numeric().ofLength(6),
            birthDates,
            Arbitraries.integers().between(0, 999))
        .as(
            (division, birthDate, sequence) ->
                TestCodes.identityNumber(
                    division,
                    String.format(
                        "%04d%02d%02d",
                        birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth()),
                    sequence));
  }

  @Provide
  Arbitrary<Character> checkCharacters() {
    return Arbitraries.chars().with("0123456789Xx".toCharArray());
  }

  @Provide
  Arbitrary<String> numbersEndingInX() {
    return validNumbers().filter(number -> number.endsWith("X"));
  }

  /** Valid by domain.md alone: 17 digits, a check character that fits, a past birth date. */
  private static boolean isValid(String candidate) {
    return candidate.matches("[0-9]{17}[0-9Xx]")
        && TestCodes.identityCheckCharacter(candidate)
            == Character.toUpperCase(candidate.charAt(17))
        && TestCodes.birthDateOf(candidate).filter(date -> !date.isAfter(TODAY)).isPresent();
  }

  private static void assertFails(String changed) {
    assertTrue(IdentityNumber.defectOf(changed, TODAY).isPresent(), changed);
  }
}
