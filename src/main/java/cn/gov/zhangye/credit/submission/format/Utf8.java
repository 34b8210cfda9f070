package cn.gov.zhangye.credit.submission.format;

/** Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates). */
final class Utf8 {

  private Utf8() {}

  /**
   * The end of the complete, well-formed characters from {@code from}: {@code to} when all are,
   * else the start of the first sequence that is ill-formed or cut off by {@code to}.
   */
  static int wellFormedEnd(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int lead = bytes[i];
      if (lead >= 0) {
        i++;
        continue;
      }
      int length = length(lead & 0xFF);
      if (length == 0 || i + length > to || !continues(bytes, i, length)) {
        return i;
      }
      i += length;
    }
    return to;
  }

  /** The length of a sequence starting with {@code lead}, or 0 when it cannot start one. */
  static int length(int lead) {
    if (lead < 0x80) {
      return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static boolean continues(byte[] bytes, int start, int length) {
    int lead = bytes[start] & 0xFF;
    int second = bytes[start + 1] & 0xFF;
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return false;
    }
    for (int i = start + 2; i < start + length; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The number of characters in {@code bytes[from, to)}, which hold well-formed UTF-8. */
  static int characters(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
  }
}
