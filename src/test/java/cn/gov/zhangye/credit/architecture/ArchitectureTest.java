package cn.gov.zhangye.credit.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The gateway and its adapters keep the boundaries of architecture.md. */
class ArchitectureTest {

  private static final String ROOT = "cn.gov.zhangye.credit";
  private static final String VIOLATIONS = ROOT + ".architecture.violations";

  @Test
  void theGatewayKeepsEveryBoundary() {
    JavaClasses gateway =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    new Boundaries(ROOT).all().forEach(rule -> rule.check(gateway));
  }

  @Test
  void eachRuleCatchesItsViolation() {
    JavaClasses broken = new ClassFileImporter().importPackages(VIOLATIONS);
    for (ArchRule rule : new Boundaries(VIOLATIONS).all()) {
      assertTrue(
          rule.evaluate(broken).hasViolation(), "the rule '" + rule + "' missed its violation");
    }
  }
}
