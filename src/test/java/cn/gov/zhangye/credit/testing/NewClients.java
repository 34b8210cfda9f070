package cn.gov.zhangye.credit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** Clients registered by a test through the admin API, so that a listing holds only its items. */
public final class NewClients {

  private NewClients() {}

  /**
   * Registers a county platform of {@code division} that may submit licences, and answers requests
   * with a token of it.
   */
  public static Supplier<RequestSpecification> county(String id, String division) {
    String secret =
        Callers.as("demo-operator")
            .contentType("application/json")
            .body(
                """
                {"id": "%s", "displayName": "分页测试县区平台", "kind": "COUNTY", "plan": "internal",
                 "scopes": ["records:submit"], "submittableRecordTypes": ["ADMIN_LICENCE"],
                 "divisionCode": "%s"}"""
                    .formatted(id, division))
            .post("/api/v1/admin/clients")
            .then()
            .statusCode(201)
            .extract()
            .path("clientSecret");
    String token =
        given()
            .auth()
            .preemptive()
            .basic(id, secret)
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    return () -> given().auth().oauth2(token);
  }
}
