package cn.gov.zhangye.credit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** Clients registered by a test through the admin API, for calls only that test makes. */
public final class NewClients {

  private NewClients() {}

  /**
   * Registers the client {@code id} as {@code registration} (the body of {@code POST
   * /api/v1/admin/clients}) describes it, and answers requests with a token of it.
   */
  public static Supplier<RequestSpecification> register(String id, String registration) {
    String secret =
        Callers.as(Callers.OPERATOR)
            .contentType("application/json")
            .body(registration)
            .post("/api/v1/admin/clients")
            .then()
            .statusCode(201)
            .extract()
            .path("clientSecret");
    String token = Callers.newToken(id, secret);
    return () -> given().auth().oauth2(token);
  }

  /**
   * Registers a county platform of {@code division} that may submit licences, so that a listing of
   * its submissions holds only the test's own.
   */
  public static Supplier<RequestSpecification> county(String id, String division) {
    return register(
        id,
        """
        {"id": "%s", "displayName": "分页测试县区平台", "kind": "COUNTY", "plan": "internal",
         "scopes": ["records:submit"], "submittableRecordTypes": ["ADMIN_LICENCE"],
         "divisionCode": "%s"}"""
            .formatted(id, division));
  }
}
