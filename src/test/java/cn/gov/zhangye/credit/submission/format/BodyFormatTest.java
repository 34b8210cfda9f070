package cn.gov.zhangye.credit.submission.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "application/json|JSON",
        "application/json; charset=utf-8|JSON",
        "Application/JSON|JSON",
        "application/x-ndjson|NDJSON",
        "application/x-ndjson;charset=\"UTF-8\"|NDJSON",
        "text/csv|CSV",
        "text/csv; charset=UTF-8; header=present|CSV",
        "text/csv; charset=utf8|CSV"
      })
  void mediaTypesChooseTheFormat(String contentType, BodyFormat format) {
    assertEquals(format, BodyFormat.of(contentType));
  }

  @Test
  void anotherCharsetIsRefusedNamingUtf8() {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> BodyFormat.of("text/csv; charset=GBK"));
    assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, problem.type());
    assertEquals("problem.unsupported-media-type.charset", problem.detail().key());
    assertArrayEquals(new Object[] {"GBK"}, problem.detail().arguments());
    assertEquals(415, problem.type().status());
  }

  @Test
  void otherMediaTypesAreRefused() {
    for (String contentType : new String[] {"application/xml", "text/plain", "application/*"}) {
      ProblemException problem =
          assertThrows(ProblemException.class, () -> BodyFormat.of(contentType));
      assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, problem.type());
      assertEquals("problem.unsupported-media-type.submission", problem.detail().key());
      assertEquals(contentType, problem.detail().arguments()[0]);
    }
    assertEquals(
        "problem.unsupported-media-type.submission-none",
        assertThrows(ProblemException.class, () -> BodyFormat.of(null)).detail().key());
  }
}
