package cn.gov.zhangye.credit.access.matrix;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the contract the gateway serves, and a request to it that tells whether a caller
 * gets past the gateway's authentication and authorization without changing anything: a safe method
 * is called with the contract's examples; any other gets the path parameters of nothing that exists
 * and a body that cannot be parsed, which the gateway reads only after it has let the caller in.
 */
record ServedOperation(
    String method,
    String path,
    String operationId,
    Map<String, String> examples,
    String bodyType,
    Optional<String> exampleBody) {

  static final String NOTHING = "authz-matrix-absent";

  private static final Set<String> SAFE = Set.of("GET", "HEAD");
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** Every operation of the contract served at {@code /q/openapi}. */
  static List<ServedOperation> all() {
    JsonNode contract;
    try {
      contract =
          new ObjectMapper()
              .readTree(
                  given().accept("application/json").get("/q/openapi?format=json").asString());
    } catch (java.io.IOException failure) {
      throw new IllegalStateException("the served contract is not JSON", failure);
    }
    List<ServedOperation> operations = new ArrayList<>();
    contract
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method -> {
                          if (METHODS.contains(method.getKey())) {
                            operations.add(of(path.getKey(), method.getKey(), method.getValue()));
                          }
                        }));
    return operations;
  }

  private static ServedOperation of(String path, String method, JsonNode operation) {
    Map<String, String> examples = new java.util.LinkedHashMap<>();
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("in").asText().equals("path")) {
        examples.put(parameter.path("name").asText(), example(parameter).orElse(NOTHING));
      }
    }
    var content = operation.path("requestBody").path("content").fields();
    var body = content.hasNext() ? content.next() : null;
    return new ServedOperation(
        method.toUpperCase(java.util.Locale.ROOT),
        path,
        operation.path("operationId").asText(),
        examples,
        body == null ? null : body.getKey(),
        body == null ? Optional.empty() : exampleBody(body.getValue()));
  }

  private static Optional<String> exampleBody(JsonNode media) {
    if (media.has("example")) {
      return Optional.of(media.get("example").toString());
    }
    var named = media.path("examples").elements();
    return named.hasNext()
        ? Optional.of(named.next().path("value").toString())
        : Optional.<String>empty();
  }

  private static Optional<String> example(JsonNode parameter) {
    for (JsonNode example :
        List.of(parameter.path("example"), parameter.path("schema").path("example"))) {
      if (!example.isMissingNode()) {
        return Optional.of(example.asText());
      }
    }
    var named = parameter.path("examples").elements();
    return named.hasNext()
        ? Optional.of(named.next().path("value").asText())
        : Optional.<String>empty();
  }

  /**
   * Calls the operation as {@code caller}; {@code withExample} calls an operation that changes
   * nothing (a lookup or a check sent by POST) with the contract's example body and path instead.
   */
  Response call(RequestSpecification caller, boolean withExample) {
    if (withExample) {
      String target = path;
      for (Map.Entry<String, String> parameter : examples.entrySet()) {
        target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
      }
      String body =
          exampleBody.orElseThrow(
              () -> new IllegalStateException(this + " has no example body in the contract"));
      return caller
          .contentType(bodyType)
          .body(body.getBytes(StandardCharsets.UTF_8))
          .urlEncodingEnabled(false)
          .request(method, target);
    }
    boolean safe = SAFE.contains(method);
    String target = path;
    for (Map.Entry<String, String> parameter : examples.entrySet()) {
      target =
          target.replace("{" + parameter.getKey() + "}", safe ? parameter.getValue() : NOTHING);
    }
    if (!safe && bodyType != null) {
      caller.contentType(bodyType);
      if (bodyType.contains("form")) {
        caller.body("grant_type=%");
      } else {
        caller.body("{".getBytes(StandardCharsets.UTF_8));
      }
    }
    return caller.urlEncodingEnabled(false).request(method, target);
  }

  @Override
  public String toString() {
    return operationId + " (" + method + " " + path + ")";
  }
}
