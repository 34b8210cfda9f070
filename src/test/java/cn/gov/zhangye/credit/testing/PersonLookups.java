package cn.gov.zhangye.credit.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Persons looked up as an agency does: by identity number in the body, for the agency's handle. */
public final class PersonLookups {

  public static final String PATH = "/api/v1/persons/lookup";

  /**
   * The consent reference of every fixture lookup holds an identity number, as a careless caller
   * might type it, so that each test showing the lookups' audit entries shows it masked.
   */
  public static final String CONSENT = "AUTH-" + TestRecords.REMARKS_IDENTITY;

  private PersonLookups() {}

  /** The handle of the person with {@code identityNumber} for {@code client}, a licensed agency. */
  public static String handle(String client, String identityNumber) {
    return handle(Callers.as(client), identityNumber);
  }

  /** The handle of the person with {@code identityNumber} for the caller of {@code request}. */
  public static String handle(RequestSpecification request, String identityNumber) {
    return lookUp(
            request.header("Query-Purpose", "LOAN").header("Consent-Reference", CONSENT),
            identityNumber)
        .then()
        .statusCode(200)
        .extract()
        .path("subject");
  }

  /** The lookup of {@code identityNumber} with whatever headers {@code request} carries. */
  public static io.restassured.response.Response lookUp(
      RequestSpecification request, String identityNumber) {
    return request
        .contentType(ContentType.JSON)
        .body(Map.of("identityNumber", identityNumber))
        .post(PATH);
  }
}
