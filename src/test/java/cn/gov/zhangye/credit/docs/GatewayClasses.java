package cn.gov.zhangye.credit.docs;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The compiled classes of the gateway and the documentation pages that describe them. */
final class GatewayClasses {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("cn.gov.zhangye.credit");

  private GatewayClasses() {}

  static Stream<JavaClass> all() {
    return CLASSES.stream();
  }

  static String page(String name) throws IOException {
    return Files.readString(
        Path.of(System.getProperty("project.root", "."), "docs", name), StandardCharsets.UTF_8);
  }
}
