package cn.gov.zhangye.credit.access.matrix;

import static io.restassured.RestAssured.given;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.token.ExternalIssuerProfile;
import cn.gov.zhangye.credit.testing.Callers;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A token for each kind of caller of the matrix, made once through the real token endpoints. */
final class MatrixCallers {

  private static final String SUSPENDED_CLIENT = "authz-matrix-suspended";

  private final Map<CallerKind, String> tokens = new EnumMap<>(CallerKind.class);

  MatrixCallers() {
    tokens.put(CallerKind.AGENCY_BASIC, Callers.newToken("demo-agency-basic"));
    tokens.put(CallerKind.AGENCY_LICENSED, Callers.newToken("demo-agency"));
    tokens.put(CallerKind.DEPARTMENT, Callers.newToken("demo-department"));
    tokens.put(CallerKind.COUNTY, Callers.newToken("demo-county-shandan"));
    tokens.put(CallerKind.OFFICE, Callers.newToken("demo-office"));
    tokens.put(CallerKind.OPERATOR, Callers.newToken(Callers.OPERATOR));
    tokens.put(CallerKind.SUSPENDED, suspendedClientToken());
    tokens.put(CallerKind.EXTERNAL, externalToken());
  }

  RequestSpecification as(CallerKind kind) {
    RequestSpecification request = given();
    String token = tokens.get(kind);
    return token == null ? request : request.auth().oauth2(token);
  }

  /** A token of a licensed agency registered here, issued before the agency was suspended. */
  private static String suspendedClientToken() {
    String secret =
        Callers.as(Callers.OPERATOR)
            .contentType("application/json")
            .body(
                """
                {"id": "%s", "displayName": "授权矩阵停用机构", "kind": "AGENCY",
                 "plan": "agency-plus", "scopes": ["credit:query", "credit:query:person"],
                 "personQueryLicensed": true}"""
                    .formatted(SUSPENDED_CLIENT))
            .post("/api/v1/admin/clients")
            .then()
            .statusCode(201)
            .extract()
            .path("clientSecret");
    String token = Callers.newToken(SUSPENDED_CLIENT, secret);
    Callers.as(Callers.OPERATOR)
        .post("/api/v1/admin/clients/" + SUSPENDED_CLIENT + "/suspension")
        .then()
        .statusCode(200);
    return token;
  }

  /** A token of the external issuer for the licensed demo agency, with both query scopes. */
  private static String externalToken() {
    var key = ExternalIssuerProfile.signingKey();
    return Jwt.issuer(ExternalIssuerProfile.ISSUER)
        .audience(ExternalIssuerProfile.AUDIENCE)
        .subject("authz-matrix-service-account")
        .claim("azp", "demo-agency")
        .claim("scope", Scopes.CREDIT_QUERY + " " + Scopes.CREDIT_QUERY_PERSON)
        .issuedAt(Instant.now())
        .expiresIn(600)
        .jws()
        .keyId(key.getKeyId())
        .header("typ", "JWT")
        .sign(key.getPrivateKey());
  }
}
