package cn.gov.zhangye.credit.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served contract is described for a developer in the console: summary,
 * description and tag; an example for every request and response body; the problem schema on every
 * error response.
 */
@QuarkusTest
class ContractCompletenessTest {

  private static final String PROBLEM = "#/components/schemas/Problem";

  /** RFC 6749 §5.2 prescribes the body of the token endpoint's refusals: not a problem. */
  private static final Set<String> OAUTH_REFUSALS =
      Set.of("POST /oauth/token 400", "POST /oauth/token 401");

  @Test
  void everyOperationIsDescribedWithExamples() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    assertFalse(paths.isEmpty(), "the contract has no operations");
    List<String> gaps = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> check(method.toUpperCase() + " " + path, operation, gaps)));
    assertTrue(gaps.isEmpty(), "incomplete operations:\n" + String.join("\n", gaps));
  }

  @SuppressWarnings("unchecked")
  private static void check(String name, Map<String, Object> operation, List<String> gaps) {
    for (String member : List.of("summary", "description", "tags", "operationId")) {
      if (operation.get(member) == null) {
        gaps.add(name + ": no " + member);
      }
    }
    Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
    if (body != null) {
      checkExamples(name + " request", (Map<String, Object>) body.get("content"), gaps);
    }
    Map<String, Map<String, Object>> responses =
        (Map<String, Map<String, Object>>) operation.get("responses");
    responses.forEach(
        (status, response) -> {
          Map<String, Object> content = (Map<String, Object>) response.get("content");
          if (content == null) {
            return;
          }
          checkExamples(name + " " + status, content, gaps);
          if ((status.startsWith("4") || status.startsWith("5"))
              && !OAUTH_REFUSALS.contains(name + " " + status)) {
            Map<String, Object> problem =
                (Map<String, Object>) content.get("application/problem+json");
            Object schema =
                problem == null ? null : ((Map<String, Object>) problem.get("schema")).get("$ref");
            if (!PROBLEM.equals(schema)) {
              gaps.add(name + " " + status + ": not an application/problem+json Problem");
            }
          }
        });
  }

  @SuppressWarnings("unchecked")
  private static void checkExamples(String name, Map<String, Object> content, List<String> gaps) {
    content.forEach(
        (mediaType, media) -> {
          Map<String, Object> described = (Map<String, Object>) media;
          if (described.get("examples") == null && described.get("example") == null) {
            gaps.add(name + " " + mediaType + ": no example");
          }
        });
  }
}
