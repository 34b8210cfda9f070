package cn.gov.zhangye.credit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

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

  private static final List<String> STORES = List.of("catalog", "subject", "record");

  private static final List<String> CALLERS =
      List.of("access", "submission", "query", "publication", "redress", "exchange");

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

  /**
   * The stores (catalog, subject, record) serve the features that call them and know nothing of
   * those: not who calls (access), not how they are called (submission, query, publication,
   * redress, exchange).
   */
  ArchRule storesKnowNothingOfTheirCallers() {
    return noClasses()
        .that()
        .resideInAnyPackage(packages(STORES))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages(CALLERS))
        .as("catalog, subject and record depend on no feature that calls them");
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

  ArchRule timeComesFromTheInjectedClock() {
    return noClasses()
        .that()
        .doNotHaveFullyQualifiedName(root + ".platform.time.ClockProducer")
        .should()
        .callMethodWhere(READS_THE_SYSTEM_CLOCK)
        .as("only the clock bean reads the system clock");
  }

  /**
   * Who calls is asked of {@code access.CallerIdentity}, which reads the verified {@code client_id}
   * claim; a principal's name ({@code upn}, {@code preferred_username}, {@code sub}) is what an
   * external token says it is.
   */
  ArchRule callersAreKnownByTheirClientIdNotByName() {
    return noClasses()
        .should()
        .callMethodWhere(ASKS_A_PRINCIPAL_ITS_NAME)
        .as("no class asks a principal for its name");
  }

  List<ArchRule> all() {
    return List.of(
        platformDependsOnNoFeature(),
        storesKnowNothingOfTheirCallers(),
        gatewayNeverImportsAnAdapter(),
        adaptersSeeOnlyTheExchangeSpi(),
        featuresAreFreeOfCycles(),
        timeComesFromTheInjectedClock(),
        callersAreKnownByTheirClientIdNotByName());
  }

  private static final Set<String> DATED =
      Set.of(
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.OffsetDateTime",
          "java.time.ZonedDateTime");

  private static final DescribedPredicate<JavaMethodCall> ASKS_A_PRINCIPAL_ITS_NAME =
      DescribedPredicate.describe(
          "ask a principal for its name",
          call ->
              call.getTarget().getName().equals("getName")
                  && call.getTarget().getOwner().isAssignableTo(java.security.Principal.class));

  /** Calls that take the current time from the system, not from a {@code Clock} passed in. */
  private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
      DescribedPredicate.describe(
          "read the system clock",
          call -> {
            String owner = call.getTarget().getOwner().getFullName();
            String name = call.getTarget().getName();
            boolean clockArgument =
                call.getTarget().getRawParameterTypes().stream()
                    .anyMatch(type -> type.isEquivalentTo(java.time.Clock.class));
            return switch (owner) {
              case "java.time.Clock" -> name.startsWith("system");
              case "java.lang.System" -> name.equals("currentTimeMillis");
              default -> DATED.contains(owner) && name.equals("now") && !clockArgument;
            };
          });

  private String[] packages(List<String> features) {
    return features.stream().map(f -> root + "." + f + "..").toArray(String[]::new);
  }

  private String adapters() {
    return root + ".adapter..";
  }
}
