package cn.gov.zhangye.credit.access.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.access.Scopes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parts of a token request that need no HTTP to check. */
class TokenRequestTest {

  private static final Map<String, List<String>> GRANT =
      Map.of("grant_type", List.of("client_credentials"));

  @Test
  void basicCredentialsAreFormDecoded() {
    String header =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("id%3Awith+colon:se%2Bcret:".getBytes(StandardCharsets.UTF_8));
    ClientCredentials credentials = TokenRequest.of(GRANT, header).credentials();
    assertEquals("id:with colon", credentials.id());
    assertEquals("se+cret:", credentials.secret());
  }

  @Test
  void theSecretIsNeverPrinted() {
    assertEquals(
        "ClientCredentials[id=demo]", new ClientCredentials("demo", "demo-secret").toString());
  }

  @Test
  void aClientIdWithoutSecretIsNoAuthentication() {
    OAuthException refusal =
        assertThrows(
            OAuthException.class,
            () ->
                TokenRequest.of(
                    Map.of(
                        "grant_type", List.of("client_credentials"), "client_id", List.of("demo")),
                    null));
    assertEquals(OAuthError.INVALID_CLIENT, refusal.error());
  }

  @Test
  void withoutScopeEveryGrantedScopeIsGivenInCatalogueOrder() {
    assertEquals(
        List.of(Scopes.CREDIT_QUERY, Scopes.ADMIN),
        RequestedScopes.grant(null, Set.of(Scopes.ADMIN, Scopes.CREDIT_QUERY)));
    assertEquals(
        List.of(Scopes.CREDIT_QUERY),
        RequestedScopes.grant("  credit:query  credit:query ", Set.of(Scopes.CREDIT_QUERY)));
  }

  @Test
  void aMalformedScopeIsNotEchoed() {
    OAuthException refusal =
        assertThrows(
            OAuthException.class,
            () -> RequestedScopes.grant("credit:query \"查询\"", Set.of(Scopes.CREDIT_QUERY)));
    assertEquals(OAuthError.INVALID_SCOPE, refusal.error());
    assertEquals("a requested scope is malformed", refusal.description());
  }
}
