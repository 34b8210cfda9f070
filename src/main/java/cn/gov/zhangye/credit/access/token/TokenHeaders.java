package cn.gov.zhangye.credit.access.token;

import io.smallrye.jwt.auth.principal.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Checks the header of a token before anything else is done with it: a signed JWT of type {@code
 * at+jwt} naming a key id, with none of the headers that point to keys elsewhere. Keys are only
 * ever looked up in our own key set.
 */
final class TokenHeaders {

  private static final Set<String> TYPES = Set.of(TokenIssuer.TYPE);
  private static final String MEDIA_TYPE_PREFIX = "application/";
  private static final List<String> KEYS_ELSEWHERE =
      List.of(
          HeaderParameterNames.JWK_SET_URL,
          HeaderParameterNames.X509_URL,
          HeaderParameterNames.JWK,
          HeaderParameterNames.X509_CERTIFICATE_CHAIN);

  private TokenHeaders() {}

  /** The key id of {@code token}, whose header passed every check. */
  static String keyId(String token) throws ParseException {
    return keyId(token, TYPES);
  }

  /** The key id of an external issuer's {@code token}, of one of the {@code types}. */
  static String externalKeyId(String token, Set<String> types) throws ParseException {
    return keyId(token, types);
  }

  /**
   * A {@code typ} as compared: lower case, without the {@code application/} prefix that RFC 7515
   * §4.1.9 lets a sender leave out.
   */
  static String mediaType(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    return lower.startsWith(MEDIA_TYPE_PREFIX)
        ? lower.substring(MEDIA_TYPE_PREFIX.length())
        : lower;
  }

  /**
   * The issuer a token claims, before anything about it is checked: it only chooses the key set
   * that then checks the token, never a key.
   */
  static Optional<String> claimedIssuer(String token) throws ParseException {
    try {
      return Optional.ofNullable(JwtClaims.parse(jose(token).getUnverifiedPayload()).getIssuer());
    } catch (InvalidJwtException | MalformedClaimException malformed) {
      return Optional.empty();
    }
  }

  /** The claims of {@code token}, to be read only once its signature and claims were checked. */
  static JwtClaims verifiedClaims(String token) throws ParseException {
    try {
      return JwtClaims.parse(jose(token).getUnverifiedPayload());
    } catch (InvalidJwtException malformed) {
      throw new ParseException("the token's claims are not JSON");
    }
  }

  private static String keyId(String token, Set<String> types) throws ParseException {
    JsonWebStructure jose = jose(token);
    String type = jose.getHeader(HeaderParameterNames.TYPE);
    if (type == null || !types.contains(mediaType(type))) {
      throw new ParseException("the token is not of an accepted type");
    }
    for (String header : KEYS_ELSEWHERE) {
      if (jose.getHeaders().getObjectHeaderValue(header) != null) {
        throw new ParseException("the token names a key outside our key set (" + header + ")");
      }
    }
    String kid = jose.getKeyIdHeaderValue();
    if (kid == null) {
      throw new ParseException("the token has no key id");
    }
    return kid;
  }

  private static JsonWebSignature jose(String token) throws ParseException {
    JsonWebStructure jose;
    try {
      jose = JsonWebStructure.fromCompactSerialization(token);
    } catch (JoseException malformed) {
      throw new ParseException("the token is not a JWT");
    }
    if (!(jose instanceof JsonWebSignature signed)) {
      throw new ParseException("the token is not signed");
    }
    return signed;
  }
}
