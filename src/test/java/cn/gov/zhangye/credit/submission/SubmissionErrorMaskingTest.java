package cn.gov.zhangye.credit.submission;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a submission error echoes of the submission shows its identity numbers masked. */
@QuarkusTest
class SubmissionErrorMaskingTest {

  private static final String NUMBER = TestCodes.identityNumber("620702", "19800101", 77);
  private static final String MASKED = NUMBER.substring(0, 6) + "********" + NUMBER.substring(14);

  @Test
  void aRejectedFieldIsEchoedWithItsIdentityNumbersMasked() {
    String ref = "ref-" + NUMBER;
    ObjectNode penalty = TestRecords.penalty(ref, TestRecords.newEnterprise("620702"), "某公司");
    TestRecords.fields(penalty).put("联系人" + NUMBER, "张三");

    String id =
        as("demo-department")
            .header("Accept-Language", "en")
            .contentType("application/json")
            .body(TestRecords.jsonArray(List.of(penalty)))
            .post("/api/v1/submissions")
            .then()
            .statusCode(200)
            .body("counts.rejected", equalTo(1))
            .body("errors[0].sourceRef", equalTo("ref-" + MASKED))
            .body("errors[0].pointer", equalTo("/fields/联系人" + MASKED))
            .body("errors[0].message", containsString("联系人" + MASKED))
            .extract()
            .path("id");

    as("demo-department")
        .header("Accept-Language", "en")
        .get("/api/v1/submissions/" + id + "/errors")
        .then()
        .statusCode(200)
        .body("items[0].message", containsString(MASKED))
        .body("items[0].message", not(containsString(NUMBER)));
  }
}
