package cn.gov.zhangye.credit.platform.launch;

import cn.gov.zhangye.credit.platform.database.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged gateway run as a newcomer runs it: {@code java -jar}, in its own directory. */
public final class GatewayProcess implements AutoCloseable {

  private static final Path JAR =
      Path.of(System.getProperty("gateway.jar", "target/quarkus-app/quarkus-run.jar"))
          .toAbsolutePath();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static final java.util.regex.Pattern ACCESS_TOKEN =
      java.util.regex.Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private final Process process;
  private final Path output;
  private final int httpPort;
  private final int managementPort;

  private GatewayProcess(Process process, Path output, int httpPort, int managementPort) {
    this.process = process;
    this.output = output;
    this.httpPort = httpPort;
    this.managementPort = managementPort;
  }

  public static GatewayProcess start(
      Path workingDirectory, int httpPort, Map<String, String> settings) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m"));
    command.add("-Dquarkus.http.port=" + httpPort);
    // Every gateway of a test gets its own management port, so that two never clash on 9000.
    int managementPort = FreePort.find();
    command.add("-Dquarkus.management.port=" + managementPort);
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", JAR.toString()));
    Path output = Files.createTempFile(workingDirectory, "gateway", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    return new GatewayProcess(process, output, httpPort, managementPort);
  }

  /** The HTTP status of {@code path}, or -1 when nothing answers. */
  public int status(String path) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
              .timeout(Duration.ofSeconds(5))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException notAnswering) {
      return -1;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The port of the management interface (metrics). */
  public int managementPort() {
    return managementPort;
  }

  /** The address of {@code path} on this gateway. */
  public URI uri(String path) {
    return URI.create("http://localhost:" + httpPort + path);
  }

  /** A token of the demo client {@code clientId} from this gateway's token endpoint. */
  public String token(String clientId) throws IOException, InterruptedException {
    return token(clientId, clientId + "-secret");
  }

  /** A token of the client {@code clientId} with {@code secret}. */
  public String token(String clientId, String secret) throws IOException, InterruptedException {
    HttpResponse<String> answer = tokenRequest(clientId, secret);
    java.util.regex.Matcher token = ACCESS_TOKEN.matcher(answer.body());
    if (!token.find()) {
      throw new IllegalStateException("No token for " + clientId + ": " + answer.body());
    }
    return token.group(1);
  }

  /** The status of a token request of {@code clientId} with {@code secret}. */
  public int tokenStatus(String clientId, String secret) throws IOException, InterruptedException {
    return tokenRequest(clientId, secret).statusCode();
  }

  private HttpResponse<String> tokenRequest(String clientId, String secret)
      throws IOException, InterruptedException {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri("/oauth/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build());
  }

  /** Sends without waiting for the answer, which may never come (the gateway may be killed). */
  public static java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(
      HttpRequest request) {
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public String body(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  /**
   * Waits until {@code path} answers {@code status}; false if the process ended or time ran out.
   */
  public boolean awaitStatus(String path, int status, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (status(path) == status) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return awaitStatus("/q/health/ready", 200, timeout);
  }

  /** Waits until the body of {@code path} contains {@code text}. */
  public boolean awaitBody(String path, String text, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (status(path) > 0 && body(path).contains(text)) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** Waits for the process to end by itself; its exit code, or null if it still runs. */
  public Integer awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
  }

  public String output() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /** Ends the gateway as a crash does (SIGKILL): no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Stops the gateway as an operator does (SIGTERM) and waits for it to end. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
