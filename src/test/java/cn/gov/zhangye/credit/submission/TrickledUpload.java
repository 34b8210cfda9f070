package cn.gov.zhangye.credit.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A submission over a raw socket whose body is sent one byte at a time, a pause after each, until
 * {@link #finish()} sends the rest at once; {@link #status()} is the status line of its answer.
 */
final class TrickledUpload {

  private static final long PAUSE_MILLIS = 50;

  private final CountDownLatch trickling = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);
  private final CompletableFuture<String> status;

  private TrickledUpload(int port, String token, byte[] body) {
    this.status = CompletableFuture.supplyAsync(() -> send(port, token, body));
  }

  static TrickledUpload start(int port, String token, String body) {
    return new TrickledUpload(port, token, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Waits until a few bytes of the body are sent. */
  void awaitTrickling() throws InterruptedException {
    if (!trickling.await(20, TimeUnit.SECONDS)) {
      throw new AssertionError("the upload did not start");
    }
  }

  void finish() {
    released.countDown();
  }

  String status() throws Exception {
    return status.get(30, TimeUnit.SECONDS);
  }

  private String send(int port, String token, byte[] body) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      int sent = 0;
      while (sent < body.length - 1 && released.getCount() > 0) {
        out.write(body[sent++]);
        out.flush();
        if (sent == 3) {
          trickling.countDown();
        }
        released.await(PAUSE_MILLIS, TimeUnit.MILLISECONDS);
      }
      trickling.countDown();
      out.write(body, sent, body.length - sent);
      out.flush();
      return statusLine(socket.getInputStream());
    } catch (IOException | InterruptedException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int read = in.read(); read != -1 && read != '\r'; read = in.read()) {
      line.write(read);
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
