package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.privacy.IdentityNumberRules;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdentityNumberProperties {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
  private static final String CHARACTERS = "0123456789X";

  @Property(tries = 300)
  void everyGeneratedNumberIsValid(@ForAll("validNumbers") String number) {
    assertTrue(IdentityNumber.defectOf(number, TODAY).isEmpty(), number);
    assertEquals(number, IdentityNumber.parse(number, TODAY).unmasked());
  }

  @Property(tries = 40)
  void everySingleCharacterSubstitutionFails(@ForAll("validNumbers") String number) {
    for (int position = 0; position < number.length(); position++) {
      for (char replacement : CHARACTERS.toCharArray()) {
        if (replacement == number.charAt(position)) {
          continue;
        }
        String changed =
            number.substring(0, position) + replacement + number.substring(position + 1);
        assertTrue(IdentityNumber.defectOf(changed, TODAY).isPresent(), changed);
      }
    }
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
            (division, birthDate, sequence) -> {
              String first17 =
                  String.format(
                      "%s%04d%02d%02d%03d",
                      division,
                      birthDate.getYear(),
                      birthDate.getMonthValue(),
                      birthDate.getDayOfMonth(),
                      sequence);
              return first17 + IdentityNumberRules.checkCharacterOf(first17);
            });
  }
}
