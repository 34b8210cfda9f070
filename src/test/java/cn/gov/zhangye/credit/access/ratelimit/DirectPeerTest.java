package cn.gov.zhangye.credit.access.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** With no trusted proxy configured (the default), X-Forwarded-For is never believed. */
@QuarkusTest
class DirectPeerTest {

  @Test
  void withoutTrustedProxiesTheDirectPeerIsTheCaller() {
    given()
        .header("X-Forwarded-For", "203.0.113.99")
        .get("/api/v1/quota")
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", startsWith("\"burst\";q=100000;w=1, "))
        .body("plan", equalTo("anonymous"))
        .body("address", anyOf(equalTo("127.0.0.1"), equalTo("::/64")));
  }
}
