package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A resident identity number (公民身份号码, GB 11643-1999) that passed its checks, with a lower-case
 * {@code x} normalised to {@code X}. Personal information: {@link #toString()} is masked and no
 * exception or message ever carries the number.
 */
public final class IdentityNumber {

  private static final CodeShape SHAPE = shape();

  /** The sex the sequence number (positions 15–17) records: odd male, even female. */
  public enum Sex {
    MALE,
    FEMALE
  }

  private final String value;

  private IdentityNumber(String value) {
    this.value = value;
  }

  /**
   * The first defect of {@code raw}, or empty if it is a valid number.
   *
   * @param today the date against which a birth date is "in the future"
   */
  public static Optional<CodeDefect> defectOf(String raw, LocalDate today) {
    Optional<CodeDefect> formDefect = SHAPE.defectOf(raw);
    if (formDefect.isPresent()) {
      return formDefect;
    }
    Optional<LocalDate> birthDate = IdentityNumberRules.birthDateOf(raw);
    if (birthDate.isEmpty()) {
      return Optional.of(
          new CodeDefect(
              CodeDefect.BIRTH_DATE, new Text("code.identity-number.birth-date.invalid")));
    }
    if (birthDate.get().isAfter(today)) {
      return Optional.of(
          new CodeDefect(
              CodeDefect.BIRTH_DATE, new Text("code.identity-number.birth-date.future")));
    }
    char expected = IdentityNumberRules.checkCharacterOf(raw);
    char found = Character.toUpperCase(raw.charAt(IdentityNumberRules.LENGTH - 1));
    if (found != expected) {
      return Optional.of(
          new CodeDefect(
              CodeDefect.CHECK_CHARACTER,
              new Text("code.identity-number.check-character", expected, found)));
    }
    return Optional.empty();
  }

  /**
   * The valid number {@code raw}, normalised.
   *
   * @param today the date against which a birth date is "in the future"
   * @throws InvalidCodeException with the defect if it is not valid
   */
  public static IdentityNumber parse(String raw, LocalDate today) {
    InvalidCodeException.throwIfPresent(defectOf(raw, today));
    return new IdentityNumber(raw.toUpperCase(Locale.ROOT));
  }

  /** The number in clear text, for hashing and encryption only; never display or log it. */
  public String unmasked() {
    return value;
  }

  /** The number for display: the first 6 and the last 4 characters, the rest {@code *}. */
  public String masked() {
    return IdentityNumberMask.masked(value);
  }

  /** Positions 1–6: the address code (GB/T 2260) of the place of first registration. */
  public String divisionCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return IdentityNumberRules.birthDateOf(value).orElseThrow();
  }

  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdentityNumber number && value.equals(number.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }

  private static CodeShape shape() {
    List<CodeShape.Slot> slots = new ArrayList<>();
    for (int position = 1; position < IdentityNumberRules.LENGTH; position++) {
      slots.add(new CodeShape.Slot("0123456789", "code.identity-number.character"));
    }
    slots.add(new CodeShape.Slot("0123456789Xx", "code.identity-number.character.check"));
    return new CodeShape("code.identity-number.length", slots);
  }
}
