package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import jakarta.inject.Inject;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** A caller with a token is counted as its client, on the plan the token names. */
@QuarkusTest
class CallersTest {

  @Inject Callers callers;

  @Test
  void aClientIsCountedByItsClientIdOnThePlanOfItsToken() {
    Caller caller = callers.of(identity("sub-1", "demo-office", "internal"), null);
    assertEquals(Caller.Kind.CLIENT, caller.kind());
    assertEquals("demo-office", caller.id());
    assertEquals("internal", caller.plan().name());
    assertEquals(200, caller.plan().burst());
  }

  @Test
  void withoutAClientIdClaimTheSubjectIsTheClient() {
    assertEquals(
        "demo-county-linze",
        callers.of(identity("demo-county-linze", null, "submitter"), null).id());
  }

  @Test
  void aTokenWithoutAKnownPlanGetsTheAnonymousLimitsUnderItsOwnName() {
    for (String plan : new String[] {"platinum", null}) {
      Caller caller = callers.of(identity("demo-office", "demo-office", plan), null);
      assertEquals(Caller.Kind.CLIENT, caller.kind());
      assertEquals("demo-office", caller.id());
      assertEquals(Plans.ANONYMOUS, caller.plan().name());
    }
  }

  private static QuarkusSecurityIdentity identity(String subject, String clientId, String plan) {
    JwtClaims claims = new JwtClaims();
    claims.setSubject(subject);
    if (clientId != null) {
      claims.setClaim(Callers.CLIENT_ID_CLAIM, clientId);
    }
    if (plan != null) {
      claims.setClaim(Callers.PLAN_CLAIM, plan);
    }
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new DefaultJWTCallerPrincipal(claims))
        .build();
  }
}
