package cn.gov.zhangye.credit.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With HSTS configured, every answer carries it, problems included. */
@QuarkusTest
@TestProfile(StrictTransportSecurityTest.Enabled.class)
class StrictTransportSecurityTest {

  public static class Enabled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "credit.http.hsts.enabled", "true",
          "credit.http.hsts.max-age", "P180D",
          "credit.http.hsts.include-sub-domains", "true");
    }
  }

  @Test
  void everyAnswerCarriesIt() {
    for (String path : new String[] {"/q/health/live", "/api/v1/no-such-thing", "/q/swagger-ui/"}) {
      given()
          .get(path)
          .then()
          .header(StrictTransportSecurity.HEADER, equalTo("max-age=15552000; includeSubDomains"));
    }
  }
}
