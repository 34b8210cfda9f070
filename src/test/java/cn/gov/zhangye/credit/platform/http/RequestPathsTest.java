package cn.gov.zhangye.credit.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/api/v1/submissions",
        "/.well-known/jwks.json",
        "/api/v1/subjects/%E5%BC%A0%E6%8E%96",
        "/api/v1/records/ADMIN_PENALTY/a%20b",
        "/api/v1/records/ADMIN_PENALTY/...",
        "/api/v1/submissions/",
        "/api/v1/x;y=1"
      })
  void canonical(String path) {
    assertTrue(RequestPaths.isCanonical(path), path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/submissions/../catalog",
        "/api/v1/./submissions",
        "/api/v1/submissions/..",
        "/api/v1/submissions/.",
        "/api/v1/submissions/..;x=1/catalog",
        "/api/v1/submissions/%2e%2e/catalog",
        "/api/v1/submissions/%2E%2E/catalog",
        "/api/v1/submissions/.%2e/catalog",
        "/api/v1/submissions%2f..%2fcatalog",
        "/api/v1/submissions%2F..%2Fcatalog",
        "/api/v1/submissions%5c..%5ccatalog",
        "/api/v1/submissions%5C..%5Ccatalog",
        "/api/v1/submissions\\..\\catalog",
        "/api//v1/submissions",
        "//api/v1/submissions",
        "/api/v1/%73ubmissions",
        "/api/v1/subjects/%36%32%30%37",
        "/api/v1/%7Euser"
      })
  void notCanonical(String path) {
    assertFalse(RequestPaths.isCanonical(path), path);
  }
}
