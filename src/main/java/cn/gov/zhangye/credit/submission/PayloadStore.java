package cn.gov.zhangye.credit.submission;

import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * The bodies of submissions, stored in parts before they are processed. Blocking: call on a worker
 * thread.
 */
@ApplicationScoped
class PayloadStore {

  private final Pool database;

  @Inject
  PayloadStore(Pool database) {
    this.database = database;
  }

  void writePart(SqlConnection tx, UUID submission, int part, byte[] bytes, int length) {
    tx.preparedQuery(
            "INSERT INTO submission_payload (submission_id, part, bytes) VALUES ($1, $2, $3)")
        .execute(Tuple.of(submission, part, Buffer.buffer(bytes).slice(0, length)))
        .await()
        .indefinitely();
  }

  /** The stored body, read part by part as it is consumed. */
  InputStream read(UUID submission) {
    return new PartsInputStream(submission);
  }

  void delete(SqlConnection tx, UUID submission) {
    tx.preparedQuery("DELETE FROM submission_payload WHERE submission_id = $1")
        .execute(Tuple.of(submission))
        .await()
        .indefinitely();
  }

  private final class PartsInputStream extends InputStream {

    private final UUID submission;
    private int nextPart;
    private InputStream current = InputStream.nullInputStream();
    private boolean exhausted;

    PartsInputStream(UUID submission) {
      this.submission = submission;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      while (!exhausted) {
        int read = current.read(target, offset, length);
        if (read != -1) {
          return read;
        }
        loadNextPart();
      }
      return -1;
    }

    private void loadNextPart() {
      Row row =
          database
              .preparedQuery(
                  "SELECT bytes FROM submission_payload WHERE submission_id = $1 AND part = $2")
              .execute(Tuple.of(submission, nextPart))
              .await()
              .indefinitely()
              .stream()
              .findFirst()
              .orElse(null);
      if (row == null) {
        exhausted = true;
      } else {
        current = new ByteArrayInputStream(row.getBuffer("bytes").getBytes());
        nextPart++;
      }
    }
  }
}
