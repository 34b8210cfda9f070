package cn.gov.zhangye.credit.access.token;

import io.smallrye.jwt.auth.principal.ParseException;
import java.util.List;
import java.util.Locale;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Checks the header of a token before anything else is done with it: a signed JWT of type {@code
 * at+jwt} naming a key id, with none of the headers that point to keys elsewhere. Keys are only
 * ever looked up in our own key set.
 */
final class TokenHeaders {

  private static final List<String> TYPES = List.of(TokenIssuer.TYPE, "application/at+jwt");
  private static final List<String> KEYS_ELSEWHERE =
      List.of(
          HeaderParameterNames.JWK_SET_URL,
          HeaderParameterNames.X509_URL,
          HeaderParameterNames.JWK,
          HeaderParameterNames.X509_CERTIFICATE_CHAIN);

  private TokenHeaders() {}

  /** The key id of {@code token}, whose header passed every check. */
  static String keyId(String token) throws ParseException {
    JsonWebStructure jose;
    try {
      jose = JsonWebStructure.fromCompactSerialization(token);
    } catch (JoseException malformed) {
      throw new ParseException("the token is not a JWT");
    }
    if (!(jose instanceof JsonWebSignature)) {
      throw new ParseException("the token is not signed");
    }
    String type = jose.getHeader(HeaderParameterNames.TYPE);
    if (type == null || !TYPES.contains(type.toLowerCase(Locale.ROOT))) {
      throw new ParseException("the token is not of type at+jwt");
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
}
