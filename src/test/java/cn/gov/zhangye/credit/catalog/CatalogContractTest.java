package cn.gov.zhangye.credit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogContractTest {

  private static final String VALIDATION =
      "paths.'/api/v1/catalog/record-types/{code}/validation'.post";

  @Test
  void catalogueOperationsAreDocumentedWithExamples() {
    JsonPath contract =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    for (String path :
        new String[] {
          "/api/v1/catalog",
          "/api/v1/catalog/record-types",
          "/api/v1/catalog/record-types/{code}",
          "/api/v1/catalog/list-types"
        }) {
      String operation = "paths.'" + path + "'.get";
      assertThat(contract.getList(operation + ".tags"), contains("catalog"));
      assertThat(
          contract.getMap(operation + ".responses.'200'.content.'application/json'"),
          hasKey("examples"));
    }
    assertThat(
        contract.getMap(VALIDATION + ".requestBody.content.'application/json'.examples"),
        hasKey("penalty-by-chinese-names"));
    assertThat(
        contract.getString(
            VALIDATION + ".responses.'422'.content.'application/problem+json'.schema.'$ref'"),
        equalTo("#/components/schemas/Problem"));
    assertThat(
        "JSON values are plain objects, not Jackson's node classes",
        contract.getMap("components.schemas"),
        not(hasKey("JsonNode")));
    assertThat(
        contract.getMap(
            VALIDATION + ".responses.'404'.content.'application/problem+json'.examples"),
        hasKey("unknown-record-type"));
  }
}
