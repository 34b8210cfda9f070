package cn.gov.zhangye.credit.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.i18n.Messages;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/errors.md documents every problem type of the code, and each has a title to show. */
class ErrorsDocsTest {

  @Test
  void everyProblemTypeIsDocumentedAndTitled() throws IOException {
    String page = GatewayClasses.page("errors.md");
    List<ProblemType> types =
        GatewayClasses.all().flatMap(type -> constants(type.reflect())).distinct().toList();
    assertFalse(types.isEmpty(), "no ProblemType constant found: the scan is broken");
    TreeSet<String> undocumented = new TreeSet<>();
    for (ProblemType type : types) {
      if (!page.contains("### " + type.slug() + "\n")) {
        undocumented.add(type.slug());
      }
      assertTrue(Messages.has(type.titleKey()), "no title text for " + type.slug());
    }
    assertTrue(undocumented.isEmpty(), "docs/errors.md does not document " + undocumented);
  }

  private static Stream<ProblemType> constants(Class<?> type) {
    return Stream.of(type.getDeclaredFields())
        .filter(field -> field.getType() == ProblemType.class)
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .map(ErrorsDocsTest::read);
  }

  private static ProblemType read(Field field) {
    try {
      field.setAccessible(true);
      return (ProblemType) field.get(null);
    } catch (IllegalAccessException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
