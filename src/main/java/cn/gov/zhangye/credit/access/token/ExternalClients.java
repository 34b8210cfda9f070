package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.access.client.ClientDirectory;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Maps a checked token of the external issuer onto our client: the client it names must be
 * registered and active and not suspended since the token was issued; its roles are the scopes of
 * the token's {@code scope} claim that the client is granted. The caller then looks exactly as with
 * one of our tokens: {@code client_id}, {@code scope}, kind, region and plan are the client's.
 */
@ApplicationScoped
class ExternalClients implements SecurityIdentityAugmentor {

  private final ClientDirectory clients;
  private final Revocations revocations;

  ExternalClients(ClientDirectory clients, Revocations revocations) {
    this.clients = clients;
    this.revocations = revocations;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (!(identity.getPrincipal() instanceof ExternalTokenPrincipal external)) {
      return Uni.createFrom().item(identity);
    }
    return context.runBlocking(() -> mapped(identity, external));
  }

  private SecurityIdentity mapped(SecurityIdentity identity, ExternalTokenPrincipal external) {
    Optional<Client> found;
    try {
      found = VertxContextSupport.subscribeAndAwait(() -> clients.find(external.clientId()));
    } catch (Throwable failure) {
      throw new IllegalStateException("the client registry cannot be read", failure);
    }
    Client client =
        found
            .filter(Client::active)
            .orElseThrow(
                () ->
                    new AuthenticationFailedException("the external token names no active client"));
    if (revocations.revoked(client.id(), Instant.ofEpochSecond(external.getIssuedAtTime()))) {
      throw new AuthenticationFailedException(
          "the client was suspended after the token was issued");
    }
    JwtClaims claims;
    try {
      claims = external.claims();
    } catch (InvalidJwtException malformed) {
      throw new AuthenticationFailedException("the external token's claims are not JSON");
    }
    List<String> scopes = grantedScopes(claims, client);
    claims.setClaim(TokenClaims.CLIENT_ID, client.id());
    claims.setClaim(TokenClaims.SCOPE, String.join(" ", scopes));
    claims.setClaim(TokenClaims.KIND, client.kind().name());
    claims.setClaim(TokenClaims.PLAN, client.plan());
    claims.unsetClaim(TokenClaims.REGION);
    client.divisionCode().ifPresent(code -> claims.setClaim(TokenClaims.REGION, code));
    claims.setStringListClaim(Claims.groups.name(), scopes);
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new ExternalClientPrincipal(external.rawToken(), claims, client.id()))
        .addRoles(new TreeSet<>(scopes))
        .addCredentials(identity.getCredentials())
        .addAttributes(identity.getAttributes())
        .build();
  }

  /** The scopes of the token's {@code scope} claim (space-separated) granted to {@code client}. */
  private static List<String> grantedScopes(JwtClaims claims, Client client) {
    String scope;
    try {
      scope = claims.getStringClaimValue(TokenClaims.SCOPE);
    } catch (MalformedClaimException malformed) {
      throw new AuthenticationFailedException("the external token's scope is not a string");
    }
    if (scope == null) {
      return List.of();
    }
    return Arrays.stream(scope.trim().split(" +"))
        .filter(client.scopes()::contains)
        .distinct()
        .sorted()
        .toList();
  }
}
