package cn.gov.zhangye.credit.platform.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console runs under a strict Content-Security-Policy that still lets it work: its scripts and
 * styles from its own origin, its one inline script allowed by hash, try-it calls to its origin.
 */
@QuarkusTest
class ConsoleSecurityPolicyTest {

  private static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final Pattern SCRIPT_FILE = Pattern.compile("<script src=\"([^\"]+)\"");
  private static final Pattern STYLE_FILE = Pattern.compile("href=\"([^\"]+\\.css)\"");

  @Test
  void everyInlineScriptOfThePageIsAllowedByItsHash() throws NoSuchAlgorithmException {
    var answer = given().get("/q/swagger-ui/").then().statusCode(200).extract();
    String policy = answer.header("Content-Security-Policy");
    assertTrue(policy != null && policy.contains("default-src 'none'"), "policy: " + policy);
    assertFalse(scriptSources(policy).contains("unsafe"), "no unsafe script source: " + policy);
    Matcher scripts = INLINE_SCRIPT.matcher(answer.body().asString());
    int found = 0;
    while (scripts.find()) {
      found++;
      String hash = "'sha256-" + sha256(scripts.group(1)) + "'";
      assertTrue(
          scriptSources(policy).contains(hash),
          "the page's inline script has the hash "
              + hash
              + "; put it into the console's Content-Security-Policy in application.properties");
    }
    assertTrue(found > 0, "the page has its inline script");
  }

  @Test
  void thePagesScriptsAndStylesComeFromItsOrigin() {
    String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
    for (Pattern reference : List.of(SCRIPT_FILE, STYLE_FILE)) {
      Matcher files = reference.matcher(page);
      while (files.find()) {
        String file = files.group(1);
        assertFalse(file.contains("//"), "from the same origin: " + file);
        given()
            .get("/q/swagger-ui/" + file)
            .then()
            .statusCode(200)
            .header("X-Content-Type-Options", "nosniff");
      }
    }
  }

  @Test
  void theApiItselfHasNoConsolePolicy() {
    given().get("/q/health/live").then().header("Content-Security-Policy", (String) null);
  }

  private static String scriptSources(String policy) {
    for (String directive : policy.split(";")) {
      if (directive.strip().startsWith("script-src ")) {
        return directive.strip();
      }
    }
    return "";
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return Base64.getEncoder()
        .encodeToString(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
