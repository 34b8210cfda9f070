package cn.gov.zhangye.credit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * The check, run by the build in {@code verify} (see the pom's profiles), that a green run ran
 * every kind of test: it fails when a runner's reports of this run hold no test of one of its
 * kinds, and when a test class is named so that no runner picks it up.
 *
 * <p>Arguments: the build directory, the runner ({@code surefire} or {@code failsafe}), then the
 * switches that skip it ({@code true} when set).
 */
public final class TestKindsRan {

  /** The kinds of test, by the end of the class name, and the runner whose patterns match it. */
  enum Kind {
    TEST("Test", "surefire"),
    PROPERTIES("Properties", "surefire"),
    IT("IT", "failsafe");

    final String suffix;
    final String runner;

    Kind(String suffix, String runner) {
      this.suffix = suffix;
      this.runner = runner;
    }

    static boolean named(String simpleName) {
      return Stream.of(values()).anyMatch(kind -> simpleName.endsWith(kind.suffix));
    }
  }

  /** Annotations that make a method a test, spelled so that this class's own bytes hold none. */
  private static final List<String> TEST_ANNOTATIONS =
      Stream.of(
              "org.junit.jupiter.api.Test",
              "org.junit.jupiter.api.RepeatedTest",
              "org.junit.jupiter.api.TestFactory",
              "org.junit.jupiter.api.TestTemplate",
              "org.junit.jupiter.params.ParameterizedTest",
              "net.jqwik.api.Property",
              "net.jqwik.api.Example",
              "com.tngtech.archunit.junit.ArchTest")
          .map(name -> "L" + name.replace('.', '/') + ";")
          .toList();

  private TestKindsRan() {}

  public static void main(String[] args) {
    Path build = Path.of(args[0]);
    String runner = args[1];
    if (Arrays.stream(args, 2, args.length).anyMatch("true"::equals)) {
      System.out.println("Test kinds of " + runner + ": not checked, the tests were skipped");
      return;
    }
    System.out.println("Tests run by kind (" + runner + "): " + ranByKind(build, runner));
    List<String> problems = problems(build, runner);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join(System.lineSeparator(), problems));
    }
  }

  /** What is wrong with the tests {@code runner} ran in {@code build}; empty when all is well. */
  static List<String> problems(Path build, String runner) {
    List<String> problems = new ArrayList<>();
    ranByKind(build, runner)
        .forEach(
            (kind, ran) -> {
              if (ran == 0) {
                problems.add(
                    "No *"
                        + kind.suffix
                        + " test ran: "
                        + runner
                        + "'s includes or filters leave out every class of that kind.");
              }
            });
    if (runner.equals("surefire")) {
      problems.addAll(unnamedTestClasses(build.resolve("test-classes")));
    }
    return problems;
  }

  /** The tests {@code runner} ran (not skipped) in {@code build}, by its kinds. */
  static Map<Kind, Integer> ranByKind(Path build, String runner) {
    Map<Kind, Integer> ran = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      if (kind.runner.equals(runner)) {
        ran.put(kind, 0);
      }
    }
    for (Path report : files(build.resolve(runner + "-reports"), "TEST-", ".xml")) {
      Element suite = root(report);
      String simpleName = topLevel(suite.getAttribute("name").replaceAll(".*\\.", ""));
      int executed =
          Integer.parseInt(suite.getAttribute("tests"))
              - Integer.parseInt(suite.getAttribute("skipped"));
      for (Kind kind : ran.keySet()) {
        if (simpleName.endsWith(kind.suffix)) {
          ran.merge(kind, executed, Integer::sum);
        }
      }
    }
    return ran;
  }

  /** Classes that declare tests under a name of no kind, which therefore never run. */
  static List<String> unnamedTestClasses(Path classes) {
    return files(classes, "", ".class").stream()
        .filter(TestKindsRan::declaresTests)
        .map(file -> classes.relativize(file).toString().replace(".class", ""))
        .map(TestKindsRan::topLevel)
        .filter(name -> !Kind.named(name.replaceAll(".*[/\\\\]", "")))
        .distinct()
        .map(
            name ->
                name.replace('/', '.')
                    + " declares tests but its name ends in none of "
                    + Stream.of(Kind.values()).map(kind -> kind.suffix).toList()
                    + ": no runner runs it.")
        .toList();
  }

  private static boolean declaresTests(Path classFile) {
    try {
      String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return TEST_ANNOTATIONS.stream().anyMatch(bytes::contains);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static String topLevel(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }

  private static List<Path> files(Path directory, String prefix, String suffix) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> found = Files.walk(directory)) {
      return found
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(suffix);
              })
          .sorted()
          .toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static Element root(Path report) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(report.toFile())
          .getDocumentElement();
    } catch (Exception unreadable) {
      throw new IllegalStateException("Unreadable test report " + report, unreadable);
    }
  }
}
