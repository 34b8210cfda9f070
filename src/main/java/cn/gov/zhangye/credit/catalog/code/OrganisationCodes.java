package cn.gov.zhangye.credit.catalog.code;

/** The check of the organisation code (GB 11714) that forms positions 9–17 of a USCC. */
final class OrganisationCodes {

  private static final int BODY_LENGTH = 8;

  private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private OrganisationCodes() {}

  /** The check character of an eight-character body of digits and upper-case letters. */
  static char checkCharacterOf(CharSequence body) {
    int sum = 0;
    for (int i = 0; i < BODY_LENGTH; i++) {
      sum += valueOf(body.charAt(i)) * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return switch (check) {
      case 10 -> 'X';
      case 11 -> '0';
      default -> (char) ('0' + check);
    };
  }

  /** Digits count as their value, letters A–Z as 10–35. */
  private static int valueOf(char c) {
    return c <= '9' ? c - '0' : c - 'A' + 10;
  }
}
