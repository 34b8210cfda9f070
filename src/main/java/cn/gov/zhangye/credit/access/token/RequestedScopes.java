package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.Scopes;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The scopes a token gets: those asked for in {@code scope}, or all granted when none are. */
final class RequestedScopes {

  /** RFC 6749 §3.3: printable ASCII but space, {@code "} and {@code \}. */
  private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  private RequestedScopes() {}

  /**
   * The scopes of a token for a client granted {@code granted}, in the order of {@link Scopes#ALL}.
   *
   * @throws OAuthException {@code invalid_scope} when {@code requested} names a scope not granted
   */
  static List<String> grant(String requested, Set<String> granted) {
    if (requested == null || requested.isBlank()) {
      return Scopes.ALL.stream().filter(granted::contains).toList();
    }
    Set<String> asked = Set.copyOf(Arrays.asList(requested.strip().split(" +")));
    for (String scope : asked) {
      if (!SCOPE_TOKEN.matcher(scope).matches()) {
        throw new OAuthException(OAuthError.INVALID_SCOPE, "a requested scope is malformed");
      }
      if (!granted.contains(scope) || !Scopes.ALL.contains(scope)) {
        throw new OAuthException(
            OAuthError.INVALID_SCOPE, "the scope " + scope + " is not granted to this client");
      }
    }
    return Scopes.ALL.stream().filter(asked::contains).toList();
  }
}
