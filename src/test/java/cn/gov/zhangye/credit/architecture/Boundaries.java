package cn.gov.zhangye.credit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The boundaries of architecture.md as ArchUnit rules over the packages below {@code root}, so that
 * the same rules check the gateway and, in their own test, a set of classes that breaks them.
 */
final class Boundaries {

  private static final List<String> FEATURES =
      List.of(
          "catalog",
          "subject",
          "record",
          "submission",
          "query",
          "publication",
          "redress",
          "exchange",
          "access");

  private final String root;

  Boundaries(String root) {
    this.root = root;
  }

  ArchRule platformDependsOnNoFeature() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            FEATURES.stream().map(f -> root + "." + f + "..").toArray(String[]::new))
        .as("platform depends on no feature");
  }

  ArchRule gatewayNeverImportsAnAdapter() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(adapters())
        .should()
        .dependOnClassesThat()
        .resideInAPackage(adapters())
        .as("no class of the gateway depends on an adapter");
  }

  ArchRule adaptersSeeOnlyTheExchangeSpi() {
    return noClasses()
        .that()
        .resideInAPackage(adapters())
        .should()
        .dependOnClassesThat(
            resideInAPackage(root + "..")
                .and(not(resideInAnyPackage(root + ".exchange.spi..", adapters()))))
        .allowEmptyShould(true)
        .as("an adapter depends only on the exchange SPI of the gateway");
  }

  ArchRule featuresAreFreeOfCycles() {
    return slices()
        .matching(root + ".(*)..")
        .should()
        .beFreeOfCycles()
        .as("no cycles between feature packages");
  }

  List<ArchRule> all() {
    return List.of(
        platformDependsOnNoFeature(),
        gatewayNeverImportsAnAdapter(),
        adaptersSeeOnlyTheExchangeSpi(),
        featuresAreFreeOfCycles());
  }

  private String adapters() {
    return root + ".adapter..";
  }
}
