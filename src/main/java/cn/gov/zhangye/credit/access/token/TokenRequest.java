package cn.gov.zhangye.credit.access.token;

import java.util.List;
import java.util.Map;

/** A token request as sent: the grant type, the scope asked for, and the client's credentials. */
record TokenRequest(String grantType, String scope, ClientCredentials credentials) {

  static final String GRANT_TYPE = "grant_type";
  static final String SCOPE = "scope";
  static final String CLIENT_ID = "client_id";
  static final String CLIENT_SECRET = "client_secret";

  private static final List<String> PARAMETERS =
      List.of(GRANT_TYPE, SCOPE, CLIENT_ID, CLIENT_SECRET);

  /**
   * The request of the form {@code form} and the {@code Authorization} header {@code authorization}
   * (may be null).
   *
   * @throws OAuthException {@code invalid_request} when a parameter is repeated or the grant type
   *     missing; {@code invalid_client} or {@code invalid_request} for unusable credentials
   */
  static TokenRequest of(Map<String, List<String>> form, String authorization) {
    Map<String, List<String>> members = form == null ? Map.of() : form;
    for (String name : PARAMETERS) {
      if (members.getOrDefault(name, List.of()).size() > 1) {
        throw new OAuthException(
            OAuthError.INVALID_REQUEST, "the parameter " + name + " is repeated");
      }
    }
    String grantType = single(members, GRANT_TYPE);
    if (grantType == null) {
      throw new OAuthException(OAuthError.INVALID_REQUEST, "the parameter grant_type is missing");
    }
    return new TokenRequest(
        grantType,
        single(members, SCOPE),
        ClientCredentials.of(
            authorization, single(members, CLIENT_ID), single(members, CLIENT_SECRET)));
  }

  private static String single(Map<String, List<String>> members, String name) {
    List<String> values = members.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
