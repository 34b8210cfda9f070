import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Posts the NDJSON batches of a directory to {@code POST /api/v1/submissions} from a few concurrent
 * clients, each batch with its own {@code Idempotency-Key}, and reports the records accepted per
 * second of wall time and the batch latencies. A batch answered 202 counts until its submission has
 * completed (polled at its {@code Location}), since only then are its records accepted.
 *
 * <pre>
 * java bench/ingest/Ingest.java --base http://127.0.0.1:8080 --in DIR [--clients 2]
 *     [--client demo-department] [--secret demo-department-secret]
 * </pre>
 *
 * Prints one line {@code ingest records=… accepted=… rejected=… failed_batches=… wall_ms=…
 * records_per_s=… p50_ms=… p99_ms=…}; exits 1 if a batch failed or a record was rejected.
 */
public class Ingest {

  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final Duration POLL = Duration.ofMillis(50);
  private static final int SHOWN_FAILURES = 5;

  private final String base;
  private final Tokens tokens;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<Long> latenciesMs = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger failedBatches = new AtomicInteger();
  private long records;
  private long accepted;
  private long rejected;

  private Ingest(String base, Tokens tokens) {
    this.base = base;
    this.tokens = tokens;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = options.getOrDefault("base", "http://127.0.0.1:8080");
    Path in = Path.of(options.get("in"));
    int clients = Integer.parseInt(options.getOrDefault("clients", "2"));
    Tokens tokens =
        new Tokens(
            base,
            options.getOrDefault("client", "demo-department"),
            options.getOrDefault("secret", "demo-department-secret"));
    List<Path> batches;
    try (Stream<Path> files = Files.list(in)) {
      batches = files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList();
    }
    new Ingest(base, tokens).run(batches, clients);
  }

  private void run(List<Path> batches, int clients) throws Exception {
    tokens.current(); // fetched before the clock starts
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Thread thread =
          new Thread(
              () -> {
                int index;
                while ((index = next.getAndIncrement()) < batches.size()) {
                  submit(batches.get(index));
                }
              },
              "client-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long wallMs = (System.nanoTime() - started) / 1_000_000;
    List<Long> sorted = new ArrayList<>(latenciesMs);
    Collections.sort(sorted);
    System.out.printf(
        "ingest records=%d accepted=%d rejected=%d batches=%d failed_batches=%d wall_ms=%d"
            + " records_per_s=%.0f p50_ms=%d p99_ms=%d%n",
        records,
        accepted,
        rejected,
        batches.size(),
        failedBatches.get(),
        wallMs,
        accepted * 1000.0 / Math.max(1, wallMs),
        percentile(sorted, 50),
        percentile(sorted, 99));
    if (failedBatches.get() > 0 || rejected > 0 || accepted != records) {
      System.exit(1);
    }
  }

  private void submit(Path batch) {
    try {
      long lines = countLines(batch);
      long sent = System.nanoTime();
      HttpResponse<String> response = post(batch, tokens.current());
      if (response.statusCode() == 401) {
        response = post(batch, tokens.renewed());
      }
      String outcome = response.body();
      if (response.statusCode() == 202) {
        outcome = awaitCompletion(response);
      } else if (response.statusCode() != 200) {
        fail(batch, response.statusCode() + " " + response.body());
        return;
      }
      latenciesMs.add((System.nanoTime() - sent) / 1_000_000);
      Optional<long[]> counts = Counts.of(outcome);
      if (counts.isEmpty()) {
        fail(batch, "no counts in the answer: " + outcome);
        return;
      }
      synchronized (this) {
        records += lines;
        accepted += counts.get()[0];
        rejected += counts.get()[1];
      }
      if (counts.get()[1] > 0) {
        show(batch + ": " + counts.get()[1] + " records rejected: " + outcome);
      }
    } catch (IOException | InterruptedException failure) {
      fail(batch, failure.toString());
    }
  }

  private HttpResponse<String> post(Path batch, String token)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions"))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/x-ndjson")
            .header("Accept", "application/json")
            .header("Accept-Language", "en")
            .header("Idempotency-Key", "bench-" + run + "-" + batch.getFileName())
            .POST(HttpRequest.BodyPublishers.ofFile(batch))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Polls the submission until it is finished; answers its final state. */
  private String awaitCompletion(HttpResponse<String> accepted)
      throws IOException, InterruptedException {
    URI location =
        URI.create(base).resolve(accepted.headers().firstValue("Location").orElseThrow());
    while (true) {
      HttpResponse<String> state =
          http.send(
              HttpRequest.newBuilder(location)
                  .header("Authorization", "Bearer " + tokens.current())
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher status = STATUS.matcher(state.body());
      if (state.statusCode() == 200
          && status.find()
          && (status.group(1).equals("COMPLETED") || status.group(1).equals("REJECTED"))) {
        return state.body();
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private void fail(Path batch, String why) {
    failedBatches.incrementAndGet();
    show(batch.getFileName() + " failed: " + why);
  }

  private void show(String message) {
    if (failedBatches.get() <= SHOWN_FAILURES) {
      System.err.println(message.length() > 2000 ? message.substring(0, 2000) + "…" : message);
    }
  }

  private static long countLines(Path batch) throws IOException {
    try (Stream<String> lines = Files.lines(batch)) {
      return lines.filter(line -> !line.isBlank()).count();
    }
  }

  /** Nearest-rank percentile of sorted values. */
  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** The accepted and rejected counts of an answer, whatever its exact shape. */
  static final class Counts {

    private Counts() {}

    /**
     * {@code [accepted, rejected]}: {@code accepted} if the answer names it, else created +
     * corrected + unchanged.
     */
    static Optional<long[]> of(String body) {
      Optional<Long> accepted = number(body, "accepted");
      Optional<Long> created = number(body, "created");
      Optional<Long> rejected = number(body, "rejected");
      if (rejected.isEmpty() || accepted.isEmpty() && created.isEmpty()) {
        return Optional.empty();
      }
      long total =
          accepted.orElseGet(
              () ->
                  created.get()
                      + number(body, "corrected").orElse(0L)
                      + number(body, "unchanged").orElse(0L));
      return Optional.of(new long[] {total, rejected.get()});
    }

    private static Optional<Long> number(String body, String name) {
      Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(body);
      return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
  }

  /** Client-credentials tokens, fetched again when the gateway no longer accepts one. */
  static final class Tokens {

    private static final Pattern ACCESS_TOKEN =
        Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final String client;
    private final String secret;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    Tokens(String base, String client, String secret) {
      this.base = base;
      this.client = client;
      this.secret = secret;
    }

    synchronized String current() throws IOException, InterruptedException {
      if (token == null) {
        token = fetch();
      }
      return token;
    }

    synchronized String renewed() throws IOException, InterruptedException {
      token = fetch();
      return token;
    }

    private String fetch() throws IOException, InterruptedException {
      String basic =
          Base64.getEncoder()
              .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                  .header("Authorization", "Basic " + basic)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=client_credentials&scope="
                              + URLEncoder.encode("records:submit", StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher matcher = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !matcher.find()) {
        throw new IOException("no token for " + client + ": " + response.body());
      }
      return matcher.group(1);
    }
  }
}
