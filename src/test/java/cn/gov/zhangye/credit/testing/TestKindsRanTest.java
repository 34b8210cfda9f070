package cn.gov.zhangye.credit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's check that every kind of test ran fires when one ran none or is misnamed. */
class TestKindsRanTest {

  @TempDir Path build;

  @Test
  void aKindThatRanNoneFailsTheBuild() throws IOException {
    report("surefire", "cn.example.CodesTest", 12, 0);
    report("surefire", "cn.example.CodesProperties", 3, 3);
    report("failsafe", "cn.example.ClusterIT", 1, 0);

    assertEquals(
        List.of(
            "No *Properties test ran: surefire's includes or filters leave out every class of"
                + " that kind."),
        TestKindsRan.problems(build, "surefire"));
    assertEquals(List.of(), TestKindsRan.problems(build, "failsafe"));
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> TestKindsRan.main(new String[] {build.toString(), "surefire", "false"}));
    assertEquals(TestKindsRan.problems(build, "surefire").get(0), failure.getMessage());
  }

  @Test
  void noReportsAtAllMeanNothingRan() {
    assertEquals(
        List.of(
            "No *IT test ran: failsafe's includes or filters leave out every class of that kind."),
        TestKindsRan.problems(build, "failsafe"));
  }

  @Test
  void skippedTestsAreNotChecked() {
    TestKindsRan.main(new String[] {build.toString(), "failsafe", "false", "true"});
  }

  @Test
  void aClassDeclaringTestsUnderANameOfNoKindFailsTheBuild() throws IOException {
    report("surefire", "cn.example.CodesTest", 1, 0);
    report("surefire", "cn.example.CodesProperties", 1, 0);
    Path classes = Files.createDirectories(build.resolve("test-classes/cn/example"));
    byte[] aTestClass =
        TestKindsRanTest.class.getResourceAsStream("TestKindsRanTest.class").readAllBytes();
    Files.write(classes.resolve("CodesTest.class"), aTestClass);
    Files.write(classes.resolve("CodesSpec.class"), aTestClass);
    Files.write(classes.resolve("CodesSpec$Nested.class"), aTestClass);
    Files.write(classes.resolve("Helper.class"), new byte[] {1, 2, 3});

    assertEquals(
        List.of(
            "cn.example.CodesSpec declares tests but its name ends in none of [Test, Properties,"
                + " IT]: no runner runs it."),
        TestKindsRan.problems(build, "surefire"));
  }

  private void report(String runner, String className, int tests, int skipped) throws IOException {
    Path reports = Files.createDirectories(build.resolve(runner + "-reports"));
    Files.writeString(
        reports.resolve("TEST-" + className + ".xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"%s\" tests=\"%d\" skipped=\"%d\" failures=\"0\" errors=\"0\"/>"
            .formatted(className, tests, skipped));
  }
}
