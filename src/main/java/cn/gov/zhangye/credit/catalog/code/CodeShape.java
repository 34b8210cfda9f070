package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.platform.i18n.Text;
import java.util.List;
import java.util.Optional;

/**
 * The form of a fixed-length code: which characters may stand at each position. Finds the first
 * defect of form, counting in Unicode code points so that the length and positions it reports are
 * the ones a person sees.
 */
final class CodeShape {

  /** What may stand at one position, and the message key that explains it when violated. */
  record Slot(String allowed, String characterKey) {}

  private final String lengthKey;
  private final List<Slot> slots;

  CodeShape(String lengthKey, List<Slot> slots) {
    this.lengthKey = lengthKey;
    this.slots = List.copyOf(slots);
  }

  /**
   * The first defect of form of {@code raw}, if any. When there is none, {@code raw} has exactly as
   * many chars as slots, all of them from the slots' alphabets.
   */
  Optional<CodeDefect> defectOf(String raw) {
    int[] codePoints = raw.codePoints().toArray();
    if (codePoints.length != slots.size()) {
      return Optional.of(new CodeDefect(CodeDefect.LENGTH, new Text(lengthKey, codePoints.length)));
    }
    for (int i = 0; i < codePoints.length; i++) {
      Slot slot = slots.get(i);
      if (slot.allowed().indexOf(codePoints[i]) < 0) {
        return Optional.of(
            new CodeDefect(
                CodeDefect.CHARACTER, new Text(slot.characterKey(), i + 1, shown(codePoints[i]))));
      }
    }
    return Optional.empty();
  }

  /** A character as a message can show it: itself when visible, else its U+ number. */
  private static String shown(int codePoint) {
    boolean visible =
        Character.isDefined(codePoint)
            && !Character.isISOControl(codePoint)
            && !Character.isWhitespace(codePoint)
            && !Character.isSpaceChar(codePoint)
            && Character.getType(codePoint) != Character.FORMAT;
    return visible ? Character.toString(codePoint) : String.format("U+%04X", codePoint);
  }
}
