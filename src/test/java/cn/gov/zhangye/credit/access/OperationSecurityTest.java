package cn.gov.zhangye.credit.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation of the gateway says who may call it, and the contract shows the scope an
 * operation enforces: {@code @RolesAllowed(X)} goes with {@code @SecurityRequirement(name =
 * ApiSecurity.OAUTH2, scopes = X)}, {@code @Authenticated} with one without scopes.
 */
class OperationSecurityTest {

  private static final List<Class<? extends Annotation>> DECLARATIONS =
      List.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class);

  @Test
  void everyOperationDeclaresWhoMayCallIt() {
    List<String> undeclared = new ArrayList<>();
    operations()
        .filter(method -> declaration(method) == null)
        .forEach(method -> undeclared.add(name(method)));
    assertTrue(undeclared.isEmpty(), "operations without a security declaration: " + undeclared);
  }

  @Test
  void everyProtectedOperationShowsItsScopesInTheContract() {
    List<String> hidden = new ArrayList<>();
    List<Method> protectedOperations =
        operations()
            .filter(
                method ->
                    declaration(method) instanceof RolesAllowed
                        || declaration(method) instanceof Authenticated)
            .toList();
    assertFalse(protectedOperations.isEmpty(), "no protected operation found: the scan is broken");
    for (Method method : protectedOperations) {
      Set<String> enforced =
          declaration(method) instanceof RolesAllowed roles ? Set.of(roles.value()) : Set.of();
      boolean shown =
          requirements(method).stream()
              .anyMatch(
                  requirement ->
                      requirement.name().equals(ApiSecurity.OAUTH2)
                          && Set.of(requirement.scopes()).equals(enforced));
      if (!shown) {
        hidden.add(name(method) + " enforces " + enforced);
      }
    }
    assertTrue(hidden.isEmpty(), "scopes missing from @SecurityRequirement: " + hidden);
  }

  private static Stream<Method> operations() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.zhangye.credit")
            .stream()
            .filter(type -> type.isAnnotatedWith(Path.class))
            .map(type -> type.reflect())
            .flatMap(type -> Stream.of(type.getDeclaredMethods()))
            .filter(OperationSecurityTest::isOperation);
  }

  private static boolean isOperation(Method method) {
    return Stream.of(method.getAnnotations())
        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  /** The security annotation of the method, else of its class. */
  private static Annotation declaration(Method method) {
    Annotation onMethod = declared(method);
    return onMethod != null ? onMethod : declared(method.getDeclaringClass());
  }

  private static Annotation declared(AnnotatedElement element) {
    return DECLARATIONS.stream()
        .map(element::getAnnotation)
        .filter(annotation -> annotation != null)
        .findFirst()
        .orElse(null);
  }

  private static List<SecurityRequirement> requirements(Method method) {
    SecurityRequirement[] onMethod = method.getAnnotationsByType(SecurityRequirement.class);
    return List.of(
        onMethod.length > 0
            ? onMethod
            : method.getDeclaringClass().getAnnotationsByType(SecurityRequirement.class));
  }

  private static String name(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
