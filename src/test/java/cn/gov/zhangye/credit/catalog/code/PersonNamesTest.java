package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private static final Set<String> COMPOUND = Set.of("欧阳", "司马");

  @Test
  void keepsAOneCharacterFamilyName() {
    assertEquals("张*", PersonNames.mask("张三", COMPOUND));
    assertEquals("张**", PersonNames.mask("张三丰", COMPOUND));
  }

  @Test
  void keepsACompoundFamilyName() {
    assertEquals("欧阳*", PersonNames.mask("欧阳修", COMPOUND));
    assertEquals("欧阳**", PersonNames.mask("欧阳娜娜", COMPOUND));
  }

  @Test
  void takesANameAsShortAsACompoundSurnameToHaveAOneCharacterFamilyName() {
    assertEquals("司*", PersonNames.mask("司马", COMPOUND));
  }

  @Test
  void countsRareCharactersAsOne() {
    assertEquals("张*", PersonNames.mask("张\uD840\uDC00", COMPOUND));
    assertEquals("\uD840\uDC00*", PersonNames.mask("\uD840\uDC00三", COMPOUND));
  }

  @Test
  void leavesAOneCharacterOrEmptyNameAlone() {
    assertEquals("张", PersonNames.mask("张", COMPOUND));
    assertEquals("", PersonNames.mask("", COMPOUND));
  }
}
