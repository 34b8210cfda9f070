package cn.gov.zhangye.credit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ConfiguredCatalogTest.ValidTestCatalogue.class)
class ConfiguredCatalogTest {

  /** Points {@code credit.catalog.directory} at the small test catalogue. */
  public static class ValidTestCatalogue implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("credit.catalog.directory", TestCatalogs.valid().toString());
    }
  }

  @Test
  void configuredDirectoryReplacesTheShippedCatalogue() {
    given().get("/api/v1/catalog").then().statusCode(200).body("version", equalTo("2099.1"));
    given()
        .get("/api/v1/catalog/record-types")
        .then()
        .statusCode(200)
        .body("code", contains("SAMPLE", "SAMPLE_LIST"));
  }
}
