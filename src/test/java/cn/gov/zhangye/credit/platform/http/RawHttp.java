package cn.gov.zhangye.credit.platform.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaks HTTP/1.1 over a plain socket, for requests an HTTP client library refuses to send: a
 * {@code Content-Length} that the body does not match, or a body streamed until the server stops
 * reading it.
 */
public final class RawHttp {

  private RawHttp() {}

  /**
   * Sends {@code head} (request line and headers), then {@code bodyBytes} bytes of body: {@code
   * bodyStart} followed by 'x' as often as needed, in 64 KiB chunks.
   */
  public static String exchange(
      int port, String head, String bodyStart, long bodyBytes, boolean chunked) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      try {
        sendBody(out, bodyStart, bodyBytes, chunked);
      } catch (SocketException closedByServer) {
        // The server answered and closed while we were still sending: read what it said.
      }
      return readAll(socket.getInputStream());
    }
  }

  private static void sendBody(OutputStream out, String bodyStart, long bodyBytes, boolean chunked)
      throws IOException {
    int chunkSize = 64 * 1024;
    byte[] chunk =
        (bodyStart + "x".repeat(chunkSize - bodyStart.length()))
            .getBytes(StandardCharsets.US_ASCII);
    for (long sent = 0; sent < bodyBytes; sent += chunk.length) {
      if (sent > 0) {
        chunk = "x".repeat(chunkSize).getBytes(StandardCharsets.US_ASCII);
      }
      int length = (int) Math.min(chunk.length, bodyBytes - sent);
      if (chunked) {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      }
      out.write(chunk, 0, length);
      if (chunked) {
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
    }
    if (chunked) {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.flush();
  }

  /** Reads one response: the head, then as many body bytes as its Content-Length says. */
  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read; !complete(response) && (read = in.read(buffer)) != -1; ) {
        response.write(buffer, 0, read);
      }
    } catch (SocketException resetAfterAnswer) {
      // The answer came before the reset; keep what arrived.
    }
    return response.toString(StandardCharsets.UTF_8);
  }

  private static boolean complete(ByteArrayOutputStream response) {
    String text = response.toString(StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      return false;
    }
    Matcher length = CONTENT_LENGTH.matcher(text.substring(0, headEnd));
    return length.find() && text.length() - headEnd - 4 >= Integer.parseInt(length.group(1));
  }

  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");
}
