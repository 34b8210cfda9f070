package cn.gov.zhangye.credit.access.token;

/** Examples of the token operations' bodies, for the OpenAPI contract. */
final class TokenExamples {

  static final String TOKEN =
      """
      {
        "access_token": "eyJraWQiOiIyMDI2MDYwMVQwODMwMDBaIiwidHlwIjoiYXQrand0IiwiYWxnIjoiUlMyNTYifQ.eyJpc3MiOiJodHRwOi8vbG9jYWxob3N0OjgwODAiLCJzdWIiOiJkZW1vLWFnZW5jeSIsImF1ZCI6ImNyZWRpdC1nYXRld2F5IiwiaWF0IjoxNzgwMzAyNjAwLCJleHAiOjE3ODAzMDM1MDAsImp0aSI6IjBiN2MyZjRlLTNkNWEtNGMxYi05ZThmLTZhMmQxYzNiNGU1ZiIsImNsaWVudF9pZCI6ImRlbW8tYWdlbmN5Iiwic2NvcGUiOiJjcmVkaXQ6cXVlcnkiLCJraW5kIjoiQUdFTkNZIiwicGxhbiI6ImFnZW5jeS1wbHVzIn0.c2lnbmF0dXJlLW9taXR0ZWQtaW4tdGhpcy1leGFtcGxl",
        "token_type": "Bearer",
        "expires_in": 900,
        "scope": "credit:query"
      }
      """;

  static final String INVALID_CLIENT =
      """
      {"error": "invalid_client", "error_description": "client authentication failed"}
      """;

  static final String INVALID_SCOPE =
      """
      {"error": "invalid_scope", "error_description": "the scope admin is not granted to this client"}
      """;

  static final String UNSUPPORTED_GRANT_TYPE =
      """
      {"error": "unsupported_grant_type", "error_description": "only grant_type client_credentials is supported"}
      """;

  static final String TOO_MANY_FAILURES =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/rate-limited",
        "title": "请求过于频繁",
        "status": 429,
        "detail": "失败的令牌请求过多，请 180 秒后重试。",
        "instance": "/oauth/token",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e"
      }
      """;

  static final String TOO_MANY_TOKENS =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/rate-limited",
        "title": "请求过于频繁",
        "status": 429,
        "detail": "此客户端获取令牌过于频繁，请 2 秒后重试；令牌在有效期内可重复使用。",
        "instance": "/oauth/token",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e"
      }
      """;

  static final String BUSY =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/service-unavailable",
        "title": "服务暂不可用",
        "status": 503,
        "detail": "令牌端点正忙于核验其他密钥，请稍后重试。",
        "instance": "/oauth/token",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e"
      }
      """;

  static final String JWKS =
      """
      {
        "keys": [
          {
            "kty": "RSA",
            "kid": "20260601T083000Z",
            "use": "sig",
            "alg": "RS256",
            "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
            "e": "AQAB"
          }
        ]
      }
      """;

  static final String METADATA =
      """
      {
        "issuer": "http://localhost:8080",
        "token_endpoint": "http://localhost:8080/oauth/token",
        "jwks_uri": "http://localhost:8080/.well-known/jwks.json",
        "grant_types_supported": ["client_credentials"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "response_types_supported": [],
        "scopes_supported": ["records:submit", "credit:query", "credit:query:person", "lists:review",
          "redress:file", "redress:handle", "exchange:admin", "stats:read", "admin"]
      }
      """;

  static final String TOKEN_INFO =
      """
      {
        "clientId": "demo-county-shandan",
        "scopes": ["records:submit"],
        "kind": "COUNTY",
        "region": "620725",
        "plan": "submitter",
        "issuedAt": "2026-06-01T08:30:00Z",
        "expiresAt": "2026-06-01T08:45:00Z"
      }
      """;

  private TokenExamples() {}
}
