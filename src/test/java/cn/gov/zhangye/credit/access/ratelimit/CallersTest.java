package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.access.token.TokenClaims;
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
  void thePrincipalsNameNeverNamesTheClient() {
    JwtClaims claims = claims("demo-agency", "demo-office", "internal");
    claims.setClaim("upn", "demo-agency");
    claims.setClaim("preferred_username", "demo-agency");
    assertEquals("demo-office", callers.of(identity(claims), null).id());
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
    return identity(claims(subject, clientId, plan));
  }

  private static JwtClaims claims(String subject, String clientId, String plan) {
    JwtClaims claims = new JwtClaims();
    claims.setSubject(subject);
    claims.setClaim(TokenClaims.CLIENT_ID, clientId);
    claims.setClaim(TokenClaims.KIND, "CREDIT_OFFICE");
    if (plan != null) {
      claims.setClaim(TokenClaims.PLAN, plan);
    }
    return claims;
  }

  private static QuarkusSecurityIdentity identity(JwtClaims claims) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new DefaultJWTCallerPrincipal(claims))
        .build();
  }
}
