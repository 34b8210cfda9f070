package cn.gov.zhangye.credit.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.submission.format.BodyFormat;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The submission port serves callers other than the HTTP API (a county adapter, the provincial
 * pull): it takes a client, a body of records and options, and answers a domain outcome.
 */
@QuarkusTest
class SubmissionPortTest {

  private static final String COUNTY = "demo-county-gaotai";

  @Inject Submissions submissions;

  @Test
  void recordsSubmittedThroughThePortAreWrittenAndReported() {
    List<ObjectNode> records = records("port", 3);
    TestRecords.fields(records.get(1)).put("CF_JDRQ", "2026-02-30");

    SubmissionOutcome outcome =
        submissions.submit(
            COUNTY, BodyFormat.NDJSON, body(records), new SubmissionOptions(false, key()));

    SubmissionOutcome.Completed completed =
        assertInstanceOf(SubmissionOutcome.Completed.class, outcome);
    assertEquals(SubmissionStatus.COMPLETED, completed.report().status());
    assertEquals(new SubmissionCounts(2, 0, 0, 1), completed.report().counts());
    assertEquals(1, completed.report().firstErrors().get(0).index());
    assertEquals("/fields/CF_JDRQ", completed.report().firstErrors().get(0).pointer());
    assertEquals(
        completed.report(), submissions.find(COUNTY, completed.report().id()).orElseThrow());
    assertEquals(Optional.empty(), submissions.find("demo-department", completed.report().id()));
  }

  @Test
  void anAtomicBatchWithARefusedRecordIsRejectedAsAWhole() {
    List<ObjectNode> records = records("port-atomic", 2);
    TestRecords.fields(records.get(0)).remove("CF_WSH");

    SubmissionOutcome outcome =
        submissions.submit(
            COUNTY, BodyFormat.NDJSON, body(records), new SubmissionOptions(true, key()));

    SubmissionOutcome.Rejected rejected =
        assertInstanceOf(SubmissionOutcome.Rejected.class, outcome);
    assertEquals(SubmissionStatus.REJECTED, rejected.report().status());
    assertEquals(new SubmissionCounts(0, 0, 0, 1), rejected.report().counts());
  }

  @Test
  void aRetryWithTheSameKeyGetsTheFirstOutcomeAndAnotherBodyIsRefused() {
    List<ObjectNode> records = records("port-retry", 2);
    Optional<String> key = key();
    SubmissionReport first =
        submissions
            .submit(COUNTY, BodyFormat.NDJSON, body(records), new SubmissionOptions(false, key))
            .report();

    SubmissionReport again =
        submissions
            .submit(COUNTY, BodyFormat.NDJSON, body(records), new SubmissionOptions(false, key))
            .report();
    assertEquals(first, again);

    ProblemException reused =
        assertThrows(
            ProblemException.class,
            () ->
                submissions.submit(
                    COUNTY,
                    BodyFormat.NDJSON,
                    body(records.subList(0, 1)),
                    new SubmissionOptions(false, key)));
    assertEquals(SubmissionProblems.IDEMPOTENCY_KEY_REUSED, reused.type());
  }

  private static List<ObjectNode> records(String prefix, int count) {
    String company = TestRecords.newEnterprise("620724");
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(TestRecords.penalty(TestRecords.sourceRef(prefix), company, "高台县示例商贸有限公司"));
    }
    return records;
  }

  private static InputStream body(List<ObjectNode> records) {
    return new ByteArrayInputStream(TestRecords.ndjson(records).getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> key() {
    return Optional.of("port-" + UUID.randomUUID());
  }
}
