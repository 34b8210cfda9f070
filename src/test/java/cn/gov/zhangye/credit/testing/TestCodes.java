package cn.gov.zhangye.credit.testing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Valid subject codes made for tests, computed by the rules of domain.md §1 and written apart from
 * the gateway's own checks, so that a test of those checks never grades them with themselves.
 */
public final class TestCodes {

  /** The 31 symbols of a USCC in value order: no I, O, S, V or Z. */
  public static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECKS = "10X98765432";

  private TestCodes() {}

  /**
   * A valid unified social credit code.
   *
   * @param prefix the registration authority and type, e.g. {@code 91} for an enterprise
   * @param division the six-digit division
   * @param serial any number, made into the eight characters of the organisation code (unique for
   *     serials up to a million apart)
   */
  public static String uscc(String prefix, String division, int serial) {
    // "MA" and six digits, as most codes issued since 2015 begin: never mistaken for an ID number
    return uscc(prefix, division, "MA" + String.format("%06d", Math.floorMod(serial, 1_000_000)));
  }

  /** The valid code of an authority and type, a division and an eight-character body. */
  public static String uscc(String prefix, String division, String body) {
    String first17 = prefix + division + body + organisationCheckCharacter(body);
    return first17 + usccCheckCharacter(first17);
  }

  /** A valid enterprise code in {@code division}. */
  public static String enterprise(String division, int serial) {
    return uscc("91", division, serial);
  }

  /** A valid code of a government body in {@code division}, for deciding authorities. */
  public static String authority(String division, int serial) {
    return uscc("11", division, serial);
  }

  /** A valid resident identity number. */
  public static String identityNumber(String division, String birthDate, int sequence) {
    String first17 = division + birthDate + String.format("%03d", Math.floorMod(sequence, 1000));
    return first17 + identityCheckCharacter(first17);
  }

  /**
   * A resident identity number as answers show it: the first 6 and the last 4 characters, written
   * out here so that expectations do not come from the mask they check.
   */
  public static String masked(String identityNumber) {
    return identityNumber.substring(0, 6) + "********" + identityNumber.substring(14);
  }

  /** {@code code} with its last character replaced by a wrong one. */
  public static String withWrongCheck(String code) {
    char last = code.charAt(code.length() - 1);
    return code.substring(0, code.length() - 1) + (last == '1' ? '2' : '1');
  }

  /** {@code text} with its ASCII letters and digits in their full-width forms (０–９, Ａ–Ｚ). */
  public static String fullWidth(String text) {
    StringBuilder wide = new StringBuilder();
    // The full-width forms lie 0xFEE0 above the ASCII characters.
    text.chars()
        .forEach(c -> wide.append(Character.isLetterOrDigit(c) ? (char) (c + 0xFEE0) : (char) c));
    return wide.toString();
  }

  /**
   * The check character (position 18) of a USCC's first 17 characters, all of {@link
   * #USCC_ALPHABET}: r = 31 − (Σ value·weight mod 31), 31 becoming 0.
   */
  public static char usccCheckCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
    }
    return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * The check character of an organisation code's eight-character body (USCC positions 9–16):
   * digits their value, letters A–Z 10–35; c = 11 − (S mod 11), 10 is X and 11 is 0.
   */
  public static char organisationCheckCharacter(String body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** The check character of an identity number's first 17 digits: {@code 10X98765432}[S mod 11]. */
  public static char identityCheckCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECKS.charAt(sum % 11);
  }

  /** The birth date in positions 7–14 of 18 ASCII digits (the last may be X), if it is a date. */
  public static Optional<LocalDate> birthDateOf(String number) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14))));
    } catch (DateTimeException | NumberFormatException notADate) {
      return Optional.empty();
    }
  }
}
