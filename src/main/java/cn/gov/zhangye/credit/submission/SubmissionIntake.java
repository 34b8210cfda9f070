package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.database.BlockingTransactions;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.jobs.Leases;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.submission.format.BodyFormat;
import cn.gov.zhangye.credit.submission.format.RecordReader;
import cn.gov.zhangye.credit.submission.format.RecordReaders;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Receives a submission's body, already spooled to a local file: reads it through once to check its
 * format and count its records, and stores it with the new submission in one transaction, so that a
 * submission exists only with its whole, well-formed body. Blocking: call on a worker thread.
 */
@ApplicationScoped
class SubmissionIntake {

  private static final String UNIQUE_VIOLATION = "23505";

  private final BlockingTransactions transactions;
  private final SubmissionRepository submissions;
  private final PayloadStore payloads;
  private final RecordReaders readers;
  private final SubmissionConfig config;
  private final Leases leases;

  @Inject
  SubmissionIntake(
      BlockingTransactions transactions,
      SubmissionRepository submissions,
      PayloadStore payloads,
      RecordReaders readers,
      SubmissionConfig config,
      Leases leases) {
    this.transactions = transactions;
    this.submissions = submissions;
    this.payloads = payloads;
    this.readers = readers;
    this.config = config;
    this.leases = leases;
  }

  /**
   * Stores a new submission, held by this replica for processing.
   *
   * @throws ProblemException for a body of the wrong format or size, or with {@link
   *     SubmissionProblems#REQUEST_IN_PROGRESS} when the same key is being received concurrently
   */
  Submission receive(SubmissionRequest request, InputStream body) {
    UUID id = UUID.randomUUID();
    transactions.run(connection -> store(connection, id, request, body));
    return submissions.find(id).orElseThrow();
  }

  /** The fingerprint of a repeated request, whose body is read but not stored. */
  byte[] fingerprint(SubmissionRequest request, InputStream body) {
    BodyReceipt receipt = BodyReceipt.fingerprintOnly(body, request.fingerprintPrefix());
    finish(receipt);
    return receipt.fingerprint();
  }

  private void store(
      SqlConnection connection, UUID id, SubmissionRequest request, InputStream body) {
    insert(connection, id, request);
    BodyReceipt receipt =
        new BodyReceipt(
            body,
            request.fingerprintPrefix(),
            (int) config.payloadPartSize().asLongValue(),
            (part, bytes, length) -> payloads.writePart(connection, id, part, bytes, length));
    int records = countRecords(request.format(), receipt);
    finish(receipt);
    submissions.received(connection, id, receipt.fingerprint(), records, receipt.bytes());
  }

  private void insert(SqlConnection connection, UUID id, SubmissionRequest request) {
    try {
      submissions.insertReceiving(
          connection,
          id,
          request.clientId(),
          request.options().idempotencyKey().orElse(null),
          request.format().mediaType(),
          request.options().atomic(),
          leases.take(config.lease()));
    } catch (PgException duplicate) {
      if (UNIQUE_VIOLATION.equals(duplicate.getSqlState())) {
        throw Submissions.inProgress(config);
      }
      throw duplicate;
    }
  }

  private int countRecords(BodyFormat format, InputStream body) {
    int records = 0;
    try (RecordReader reader = readers.open(format, body)) {
      while (reader.next().isPresent()) {
        if (++records > config.maxRecords()) {
          throw new ProblemException(
              SubmissionProblems.TOO_MANY_RECORDS,
              new Text("problem.too-many-records.limit", String.valueOf(config.maxRecords())));
        }
      }
    }
    return records;
  }

  private static void finish(BodyReceipt receipt) {
    try {
      receipt.finish();
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }
}
