package cn.gov.zhangye.credit.platform.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of a JSON value after RFC 8785 (JSON Canonicalization Scheme): members sorted
 * by the UTF-16 code units of their names, no whitespace, strings escaped as ECMAScript's {@code
 * JSON.stringify} escapes them, numbers written as ECMAScript writes a double. The same value
 * always gives the same text, whoever serialised it and in which member order.
 */
public final class CanonicalJson {

  private static final BigDecimal FIXED_LOWER = new BigDecimal("1e-6");
  private static final BigDecimal FIXED_UPPER = new BigDecimal("1e21");
  private static final int MAX_DIGITS = 17;

  private CanonicalJson() {}

  public static String of(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(JsonNode value, StringBuilder out) {
    switch (value.getNodeType()) {
      case OBJECT -> writeObject(value, out);
      case ARRAY -> writeArray(value, out);
      case STRING -> writeString(value.textValue(), out);
      case NUMBER -> out.append(number(value.doubleValue()));
      case BOOLEAN -> out.append(value.booleanValue());
      case NULL -> out.append("null");
      default -> throw new IllegalArgumentException("Not a JSON value: " + value.getNodeType());
    }
  }

  private static void writeObject(JsonNode object, StringBuilder out) {
    // String.compareTo orders by UTF-16 code units, as RFC 8785 §3.2.3 asks
    Map<String, JsonNode> sorted = new TreeMap<>();
    object.properties().forEach(member -> sorted.put(member.getKey(), member.getValue()));
    out.append('{');
    Iterator<Map.Entry<String, JsonNode>> members = sorted.entrySet().iterator();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      writeString(member.getKey(), out);
      out.append(':');
      write(member.getValue(), out);
      if (members.hasNext()) {
        out.append(',');
      }
    }
    out.append('}');
  }

  private static void writeArray(JsonNode array, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      write(array.get(i), out);
    }
    out.append(']');
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A double as ECMAScript's Number.prototype.toString writes it (ECMA-262 §6.1.6.1.20). */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal decimal = shortest(value);
    BigDecimal magnitude = decimal.abs();
    if (magnitude.compareTo(FIXED_LOWER) >= 0 && magnitude.compareTo(FIXED_UPPER) < 0) {
      return decimal.toPlainString();
    }
    String digits = decimal.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - decimal.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (decimal.signum() < 0 ? "-" : "")
        + mantissa
        + "e"
        + (exponent >= 0 ? "+" : "-")
        + Math.abs(exponent);
  }

  /**
   * The fewest significant digits that read back as {@code value}: Java 17's Double.toString is not
   * always the shortest (JDK-4511638), so the digits are sought here.
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits < MAX_DIGITS; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        return rounded.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }
}
