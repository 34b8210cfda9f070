package cn.gov.zhangye.credit.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical form against the examples of RFC 8785 and the test data of its reference code. */
class CanonicalJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void membersAreSortedByUtf16CodeUnitsWithoutWhitespace() throws Exception {
    // RFC 8785 §3.2.3: the sorting example
    String input =
        "{\n  \"\\u20ac\": \"Euro Sign\",\n  \"\\r\": \"Carriage Return\",\n"
            + "  \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\",\n  \"1\": \"One\",\n"
            + "  \"\\ud83d\\ude00\": \"Emoji: Grinning Face\",\n  \"\\u0080\": \"Control\",\n"
            + "  \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"\n}";
    assertEquals(
        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
            + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
            + "\"\ud83d\ude00\":\"Emoji: Grinning Face\","
            + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
        CanonicalJson.of(JSON.readTree(input)));
  }

  @Test
  void theRfcExampleOfValuesIsWrittenAsTheRfcWritesIt() throws Exception {
    // RFC 8785 §3.2.2
    String input =
        "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
            + " \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
            + " \"literals\": [null, true, false]}";
    assertEquals(
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
            + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}",
        CanonicalJson.of(JSON.readTree(input)));
  }

  @Test
  void chineseTextAndNestedValuesStayAsTheyAre() throws Exception {
    assertEquals(
        "{\"a\":[{\"x\":2,\"名称\":\"张掖市示例公司\"}],\"b\":{}}",
        CanonicalJson.of(
            JSON.readTree("{ \"b\" : { }, \"a\" : [ { \"x\": 2.0, \"名称\": \"张掖市示例公司\" } ] }")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
  void theTestDataOfTheReferenceImplementationComesOutByteForByte(String name) throws Exception {
    // rfc8785/README.md says where they come from
    assertArrayEquals(
        resource("output/" + name + ".json"),
        CanonicalJson.of(JSON.readTree(resource("input/" + name + ".json")))
            .getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "0000000000000000, 0",
    "8000000000000000, 0",
    "0000000000000001, 5e-324",
    "8000000000000001, -5e-324",
    "7fefffffffffffff, 1.7976931348623157e+308",
    "ffefffffffffffff, -1.7976931348623157e+308",
    "4340000000000000, 9007199254740992",
    "c340000000000000, -9007199254740992",
    "4430000000000000, 295147905179352830000",
    "44b52d02c7e14af5, 9.999999999999997e+22",
    "44b52d02c7e14af6, 1e+23",
    "44b52d02c7e14af7, 1.0000000000000001e+23",
    "444b1ae4d6e2ef4e, 999999999999999700000",
    "444b1ae4d6e2ef4f, 999999999999999900000",
    "444b1ae4d6e2ef50, 1e+21",
    "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
    "3eb0c6f7a0b5ed8d, 0.000001",
    "41b3de4355555553, 333333333.3333332",
    "41b3de4355555554, 333333333.33333325",
    "41b3de4355555555, 333333333.3333333",
    "41b3de4355555556, 333333333.3333334",
    "41b3de4355555557, 333333333.33333343",
    "becbf647612f3696, -0.0000033333333333333333",
    "43143ff3c1cb0959, 1424953923781206.2"
  })
  void numbersAreWrittenAsEcmaScriptWritesThem(String bits, String expected) {
    // RFC 8785 Appendix B
    assertEquals(
        expected, CanonicalJson.number(Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16))));
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = CanonicalJsonTest.class.getResourceAsStream("/rfc8785/" + name)) {
      if (in == null) {
        throw new IOException("No test resource rfc8785/" + name);
      }
      return in.readAllBytes();
    }
  }
}
