package cn.gov.zhangye.credit.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cursor's text: what it carries comes back, and anything else is refused with the reason. */
class CursorCodecTest {

  private static final String LISTING = "submissions";
  private static final byte[] FILTERS = CursorCodec.filters(LISTING, List.of("demo-department"));
  private static final List<String> VALUES =
      List.of("2026-11-29T02:15:04.123456Z", "0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60");

  @Test
  void aCursorGivesBackWhatItCarries() {
    List<String> values = List.of("张掖市甘州区示例商贸有限公司", "", "a\u0000b", "😀");
    assertEquals(values, CursorCodec.decode(encode(values), LISTING, FILTERS));
  }

  @Test
  void aCursorIsBase64urlWithoutPadding() {
    String cursor = encode(VALUES);
    assertEquals(true, cursor.matches("[A-Za-z0-9_-]+"), cursor);
    refused(cursor + "=", "malformed");
    refused(cursor + "==", "malformed");
  }

  @Test
  void everyChangedByteIsRefused() {
    byte[] bytes = Base64.getUrlDecoder().decode(encode(VALUES));
    for (int i = 0; i < bytes.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] changed = bytes.clone();
        changed[i] ^= (byte) (1 << bit);
        refused(text(changed), i > 0 ? "altered" : bit < 4 ? "version" : "malformed");
      }
    }
  }

  @Test
  void aCursorCutShortIsRefused() {
    byte[] bytes = Base64.getUrlDecoder().decode(encode(VALUES));
    for (int length = 0; length < bytes.length; length++) {
      refused(text(Arrays.copyOf(bytes, length)), length < 9 ? "malformed" : "altered");
    }
  }

  @Test
  void aCursorOfAnotherListingOrOtherFiltersIsRefused() {
    String cursor = encode(VALUES);
    assertEquals(
        "other-listing", code(() -> CursorCodec.decode(cursor, "submission-errors", FILTERS)));
    assertEquals(
        "other-filters",
        code(
            () ->
                CursorCodec.decode(
                    cursor, LISTING, CursorCodec.filters(LISTING, List.of("demo-county-gaotai")))));
  }

  @Test
  void aMissingFilterDiffersFromEveryValue() {
    List<byte[]> fingerprints =
        List.of(
            CursorCodec.filters(LISTING, Arrays.asList((Object) null)),
            CursorCodec.filters(LISTING, List.of("")),
            CursorCodec.filters(LISTING, List.of("null")),
            CursorCodec.filters(LISTING, List.of()),
            CursorCodec.filters("submission-errors", Arrays.asList((Object) null)));
    for (int i = 0; i < fingerprints.size(); i++) {
      for (int j = i + 1; j < fingerprints.size(); j++) {
        assertEquals(false, Arrays.equals(fingerprints.get(i), fingerprints.get(j)), i + "~" + j);
      }
    }
  }

  @Test
  void textThatIsNoCursorIsRefused() {
    for (String garbage : List.of("", "not-a-cursor", "%%%", "AAAA", "YWJj", "a b", "AQ")) {
      refused(garbage, "malformed");
    }
  }

  @Test
  void aCursorOfAnotherVersionIsRefusedAsSuch() {
    byte[] bytes = Base64.getUrlDecoder().decode(encode(VALUES));
    bytes[0] = (byte) (0xC0 | (CursorCodec.VERSION + 1));
    refused(text(bytes), "version");
  }

  @Test
  void aKeyIsReadOnlyInTheSpellingTheGatewayWrites() {
    Keyset<Long> byNumber = Keyset.ofNumber(LISTING);
    assertEquals(42L, byNumber.key(new CursorValues(List.of("42"))));
    List<List<String>> forgeries =
        List.of(List.of("042"), List.of("+42"), List.of("42", "1"), List.of(), List.of("x"));
    for (List<String> forged : forgeries) {
      assertEquals(
          "malformed", code(() -> byNumber.key(new CursorValues(forged))), forged.toString());
    }
    Keyset<Instant> byInstant =
        Keyset.of(LISTING, at -> List.of(at.toString()), values -> values.instant(0));
    assertEquals(
        "malformed",
        code(() -> byInstant.key(new CursorValues(List.of("2026-11-29T10:15:04.123456+08:00")))));
    Keyset<UUID> byId = Keyset.of(LISTING, id -> List.of(id.toString()), values -> values.uuid(0));
    assertEquals(
        "malformed",
        code(() -> byId.key(new CursorValues(List.of("0B8F6F7E-3F0A-4A53-9B0E-1D2C3B4A5F60")))));
  }

  private static String encode(List<String> values) {
    return CursorCodec.encode(LISTING, FILTERS, values);
  }

  private static String text(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void refused(String cursor, String code) {
    assertEquals(code, code(() -> CursorCodec.decode(cursor, LISTING, FILTERS)), cursor);
  }

  private static String code(Runnable decoding) {
    ProblemException refused = assertThrows(ProblemException.class, decoding::run);
    assertEquals(PagingProblems.INVALID_CURSOR, refused.type());
    assertEquals("cursor", refused.violations().get(0).pointer());
    return refused.violations().get(0).code();
  }
}
