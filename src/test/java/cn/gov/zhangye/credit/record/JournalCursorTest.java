package cn.gov.zhangye.credit.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalCursorTest {

  @Test
  void aCursorComesBackFromItsToken() {
    JournalCursor cursor = new JournalCursor(4_294_967_296L + 731, 1_000_001);
    assertEquals("4294968027.1000001", cursor.token());
    assertEquals(cursor, JournalCursor.parse(cursor.token()));
    assertEquals(JournalCursor.START, JournalCursor.parse("0.0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "1", "1.", ".1", "a.1", "1.b", "-1.2", "1.-2", "1.2.3", " 1.2"})
  void anythingElseIsNoCursor(String token) {
    assertThrows(IllegalArgumentException.class, () -> JournalCursor.parse(token));
  }
}
