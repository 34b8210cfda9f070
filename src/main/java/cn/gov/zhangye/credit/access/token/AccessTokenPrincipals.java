package cn.gov.zhangye.credit.access.token;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

/**
 * Verifies the bearer tokens that SmallRye JWT takes from the {@code Authorization} header, in
 * place of its configuration-driven default: the header passes {@link TokenHeaders}, the key id is
 * one of our key set, and SmallRye JWT checks the signature with that key and its one algorithm,
 * the issuer, the audience, {@code exp}, {@code iat} and {@code nbf} with the configured skew, and
 * the claims every token of ours has. Then the client must not have been suspended since. The
 * {@code scope} claim becomes the roles that {@code @RolesAllowed} checks.
 *
 * <p>When an external issuer is enabled ({@link ExternalIssuer}), a token claiming that issuer is
 * checked against its key set instead, and then mapped onto our client by {@link ExternalClients}.
 * Every other issuer is refused.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class AccessTokenPrincipals extends JWTCallerPrincipalFactory {

  private static final Set<String> REQUIRED_CLAIMS =
      Set.of("iss", "sub", "aud", "exp", "iat", TokenClaims.JWT_ID, TokenClaims.CLIENT_ID);

  private final DefaultJWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
  private final Map<String, JWTAuthContextInfo> checksByKeyId;
  private final Revocations revocations;
  private final ExternalIssuer external;
  private final VerifiedTokens verified;
  private final Clock clock;
  private final Duration clockSkew;

  AccessTokenPrincipals(
      KeySet keys,
      TokenSettings settings,
      Revocations revocations,
      ExternalIssuer external,
      Clock clock) {
    this.external = external;
    this.checksByKeyId =
        keys.all().stream()
            .collect(Collectors.toUnmodifiableMap(SigningKey::id, key -> checks(key, settings)));
    this.revocations = revocations;
    this.verified = new VerifiedTokens(settings, clock);
    this.clock = clock;
    this.clockSkew = settings.clockSkew();
  }

  /** {@code configured} is SmallRye JWT's own configuration, which the gateway does not use. */
  @Override
  public JWTCallerPrincipal parse(String token, JWTAuthContextInfo configured)
      throws ParseException {
    if (external.enabled() && external.issued(TokenHeaders.claimedIssuer(token).orElse(null))) {
      return parseExternal(token);
    }
    JWTCallerPrincipal principal = verified.find(token).orElse(null);
    if (principal == null) {
      principal = verifyOwn(token);
      verified.remember(token, principal);
    }
    String clientId = principal.getClaim(TokenClaims.CLIENT_ID);
    if (revocations.revoked(clientId, Instant.ofEpochSecond(principal.getIssuedAtTime()))) {
      throw new ParseException("the client was suspended after the token was issued");
    }
    return principal;
  }

  private JWTCallerPrincipal verifyOwn(String token) throws ParseException {
    JWTAuthContextInfo checks = checksByKeyId.get(TokenHeaders.keyId(token));
    if (checks == null) {
      throw new ParseException("the token's key id is not in our key set");
    }
    return verifier.parse(token, checks);
  }

  /**
   * A token of the external issuer, checked against its key set and audience; it has no roles until
   * {@link ExternalClients} has mapped it onto a registered client.
   */
  private JWTCallerPrincipal parseExternal(String token) throws ParseException {
    JWTAuthContextInfo checks =
        external
            .checks(TokenHeaders.externalKeyId(token, external.tokenTypes()))
            .orElseThrow(
                () -> new ParseException("the token's key id is not in the external key set"));
    verifier.parse(token, checks);
    JwtClaims claims = TokenHeaders.verifiedClaims(token);
    refuseIfIssuedInTheFuture(claims);
    Object clientId = claims.getClaimValue(external.clientIdClaim());
    if (!(clientId instanceof String id) || id.isBlank()) {
      throw new ParseException("the external token names no client");
    }
    claims.unsetClaim(Claims.groups.name());
    return new ExternalTokenPrincipal(token, claims, id);
  }

  /**
   * A token issued later than now (beyond the skew) would be good for longer than its lifetime
   * says, from now until its {@code exp}: SmallRye JWT checks only {@code exp} − {@code iat}.
   */
  private void refuseIfIssuedInTheFuture(JwtClaims claims) throws ParseException {
    try {
      if (claims.getIssuedAt().getValueInMillis() > clock.millis() + clockSkew.toMillis()) {
        throw new ParseException("the external token was issued in the future");
      }
    } catch (MalformedClaimException malformed) {
      throw new ParseException("the external token's iat is not a number");
    }
  }

  private static JWTAuthContextInfo checks(SigningKey key, TokenSettings settings) {
    JWTAuthContextInfo checks = new JWTAuthContextInfo();
    checks.setPublicVerificationKey(key.publicKey());
    checks.setSignatureAlgorithm(Set.of(key.algorithm().jwt()));
    checks.setRelaxVerificationKeyValidation(false);
    checks.setIssuedBy(settings.issuer());
    checks.setExpectedAudience(Set.of(settings.audience()));
    int skew = (int) settings.clockSkew().toSeconds();
    checks.setExpGracePeriodSecs(skew);
    checks.setClockSkew(skew);
    checks.setMaxTimeToLiveSecs(settings.lifetime().toSeconds());
    checks.setRequiredClaims(REQUIRED_CLAIMS);
    checks.setGroupsPath(TokenClaims.SCOPE);
    checks.setGroupsSeparator(" ");
    return checks;
  }
}
