package cn.gov.zhangye.credit.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published contract {@code openapi/openapi.yaml} is exactly what the service serves. Run with
 * {@code -Dopenapi.update=true} to write the served contract into the file instead.
 */
@QuarkusTest
class OpenApiContractTest {

  static final Path PUBLISHED =
      Path.of(System.getProperty("project.root", "."), "openapi", "openapi.yaml");
  private static final String REGENERATE =
      "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true";

  @Test
  void publishedContractEqualsTheServedOne() throws IOException {
    String served =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(PUBLISHED, served, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(PUBLISHED), PUBLISHED + " is missing; create it with: " + REGENERATE);
    assertEquals(
        Files.readString(PUBLISHED, StandardCharsets.UTF_8),
        served,
        "openapi/openapi.yaml differs from what the service serves at /q/openapi. If the change is"
            + " intended, regenerate the contract with: "
            + REGENERATE
            + " and review the diff.");
  }
}
