package cn.gov.zhangye.credit.testing;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.List;

/**
 * Registered before every Quarkus test (a Quarkus test callback, so that it reaches the RestAssured
 * the test itself uses): every answer a test reads through RestAssured is scanned (its headers, its
 * body or a PDF's text and metadata, and what is base64-encoded in them), and one that shows a
 * resident identity number in clear text fails the test that received it. After each test the log
 * lines the gateway wrote during it ({@link TestLogs}: its log and its access log) are scanned too.
 * No answer or log line of the gateway may carry one, whatever the caller's rights. {@code
 * UnmaskedIdentityScanTest} proves it active.
 */
public class UnmaskedIdentityScan
    implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback, Filter {

  // Shared: Quarkus loads one instance as the before-each and another as the after-each callback,
  // and the after-each must read from the mark its test's before-each set, not from its own start.
  private static volatile TestLogs logs = TestLogs.mark();

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    if (RestAssured.filters().stream().noneMatch(UnmaskedIdentityScan.class::isInstance)) {
      RestAssured.filters(this);
    }
    logs = TestLogs.mark();
  }

  @Override
  public void afterEach(QuarkusTestMethodContext context) {
    List<String> found = logs.identityNumbersSince();
    if (!found.isEmpty()) {
      throw new AssertionError(
          context.getTestMethod().getName() + " logged identity numbers in clear text: " + found);
    }
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext context) {
    Response answer = context.next(request, response);
    List<String> found = new ArrayList<>();
    AnswerTexts.of(answer)
        .forEach(
            (place, text) ->
                UnmaskedIdentityNumbers.in(text)
                    .forEach(number -> found.add(number + " in the " + place)));
    if (!found.isEmpty()) {
      throw new AssertionError(
          request.getMethod()
              + " "
              + request.getURI()
              + " answered with identity numbers in clear text: "
              + found);
    }
    return answer;
  }
}
