package cn.gov.zhangye.credit.testing;

/** Valid subject codes made for tests, computed by the rules of domain.md. */
public final class TestCodes {

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
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
    String body = "MA" + String.format("%06d", Math.floorMod(serial, 1_000_000));
    String organisationCode = body + organisationCheck(body);
    String first17 = prefix + division + organisationCode;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return first17 + USCC_ALPHABET.charAt(check);
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
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + ID_CHECKS.charAt(sum % 11);
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

  private static char organisationCheck(String eight) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = eight.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }
}
