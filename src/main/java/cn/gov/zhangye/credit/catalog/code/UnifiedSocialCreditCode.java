package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.platform.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) that passed its checks, or that the
 * override list accepts although it fails them (see {@link SubjectCodes}).
 */
public final class UnifiedSocialCreditCode {

  public static final int LENGTH = 18;

  /**
   * Stands for a missing code of an individual business in disclosure data. It fails the check;
   * only record types that allow it accept it, and then require another identifier.
   */
  public static final String PLACEHOLDER = "00000000000000000X";

  /** The 31 symbols in value order: no I, O, S, V or Z. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** 3^(i−1) mod 31 for positions 1–17. */
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private static final CodeShape SHAPE = shape();

  private final String value;

  UnifiedSocialCreditCode(String value) {
    this.value = value;
  }

  /** The first defect of {@code raw}, or empty if it is a valid code. Ignores the override list. */
  public static Optional<CodeDefect> defectOf(String raw) {
    if (isPlaceholder(raw)) {
      return Optional.of(new CodeDefect(CodeDefect.PLACEHOLDER, new Text("code.uscc.placeholder")));
    }
    Optional<CodeDefect> formDefect = SHAPE.defectOf(raw);
    if (formDefect.isPresent()) {
      return formDefect;
    }
    char expected = checkCharacterOf(raw.substring(0, LENGTH - 1));
    if (raw.charAt(LENGTH - 1) != expected) {
      return Optional.of(
          new CodeDefect(
              CodeDefect.CHECK_CHARACTER,
              new Text("code.uscc.check-character", expected, raw.charAt(LENGTH - 1))));
    }
    // Positions 9–16 are the organisation code's body, position 17 its check character.
    char expectedInner = OrganisationCodes.checkCharacterOf(raw.substring(8, 16));
    if (raw.charAt(16) != expectedInner) {
      return Optional.of(
          new CodeDefect(
              CodeDefect.ORGANISATION_CODE_CHECK,
              new Text("code.uscc.organisation-code-check", expectedInner, raw.charAt(16))));
    }
    return Optional.empty();
  }

  /** The first defect of form (length, characters) of {@code raw}, ignoring the checks. */
  static Optional<CodeDefect> formDefectOf(String raw) {
    return SHAPE.defectOf(raw);
  }

  public static boolean isPlaceholder(String raw) {
    return PLACEHOLDER.equals(raw);
  }

  /**
   * The valid code {@code raw}, ignoring the override list.
   *
   * @throws InvalidCodeException with the defect if it is not valid
   */
  public static UnifiedSocialCreditCode parse(String raw) {
    InvalidCodeException.throwIfPresent(defectOf(raw));
    return new UnifiedSocialCreditCode(raw);
  }

  /** The check character (position 18) of the first 17 characters of a code. */
  static char checkCharacterOf(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  public String value() {
    return value;
  }

  public UsccFields fields() {
    return UsccFields.of(value).orElseThrow();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnifiedSocialCreditCode code && value.equals(code.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  private static CodeShape shape() {
    List<CodeShape.Slot> slots = new ArrayList<>();
    CodeShape.Slot any = new CodeShape.Slot(ALPHABET, "code.uscc.character");
    CodeShape.Slot division = new CodeShape.Slot("0123456789", "code.uscc.character.division");
    for (int position = 1; position <= LENGTH; position++) {
      slots.add(position >= 3 && position <= 8 ? division : any);
    }
    return new CodeShape("code.uscc.length", slots);
  }
}
