import cn.gov.zhangye.credit.catalog.code.CodeDefect;
import cn.gov.zhangye.credit.catalog.code.IdentityNumber;
import cn.gov.zhangye.credit.catalog.code.UnifiedSocialCreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Checks generated NDJSON batches against the gateway. Every record: its subject code and every
 * credit code and identity number in its fields, with the gateway's own code classes; its dates
 * (decision not in the future, valid-from before valid-until, publication end after the decision);
 * the subject against the party fields; {@code sourceRef} unique. A random sample (or all): the
 * catalogue's JSON Schema, through the dry-run endpoint {@code POST
 * /api/v1/catalog/record-types/{code}/validation} of a running gateway.
 *
 * <pre>
 * java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" \
 *     bench/generator/ValidateSample.java --in DIR --base http://localhost:8080 [--sample 2000]
 * </pre>
 *
 * {@code --sample 0} sends every record. Exits 1 if any record is invalid.
 */
public class ValidateSample {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final int IN_FLIGHT = 8;

  private final List<String> problems = new ArrayList<>();
  private final Set<String> sourceRefs = new HashSet<>();

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path in = Path.of(options.get("in"));
    String base = options.getOrDefault("base", "http://localhost:8080");
    int sample = Integer.parseInt(options.getOrDefault("sample", "2000"));
    new ValidateSample().run(in, base, sample);
  }

  private void run(Path in, String base, int sample) throws Exception {
    List<ObjectNode> chosen = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(42);
    long seen = 0;
    List<Path> batches;
    try (Stream<Path> files = Files.list(in)) {
      batches = files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList();
    }
    for (Path batch : batches) {
      try (BufferedReader reader = Files.newBufferedReader(batch)) {
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          ObjectNode record = (ObjectNode) JSON.readTree(line);
          checkLocally(batch.getFileName() + ":" + lineNumber, record);
          seen++;
          // Reservoir sampling: every record has the same chance to be sent.
          if (sample == 0 || chosen.size() < sample) {
            chosen.add(record);
          } else {
            long slot = random.nextLong(seen);
            if (slot < sample) {
              chosen.set((int) slot, record);
            }
          }
        }
      }
    }
    int schemaFailures = validateRemotely(base, chosen);
    System.out.printf(
        "%,d records checked locally (codes, dates, subject), %,d sent to the dry-run validation:"
            + " %d local problems, %d schema failures%n",
        seen, chosen.size(), problems.size(), schemaFailures);
    problems.stream().limit(20).forEach(System.out::println);
    if (!problems.isEmpty() || schemaFailures > 0) {
      System.exit(1);
    }
  }

  private void checkLocally(String where, ObjectNode record) {
    String type = record.path("recordType").asText();
    JsonNode subject = record.path("subject");
    JsonNode fields = record.path("fields");
    if (!sourceRefs.add(type + "/" + record.path("sourceRef").asText())) {
      problems.add(where + ": duplicate sourceRef");
    }
    String code = subject.path("code").asText();
    boolean person = subject.path("kind").asText().equals("PERSON");
    report(where, "/subject/code", person ? IdentityNumber.defectOf(code, TODAY) : uscc(code));
    for (Map.Entry<String, JsonNode> field : fields.properties()) {
      String name = field.getKey();
      String value = field.getValue().asText();
      if (name.endsWith("SHXYM") || name.endsWith("DM") && !name.equals("YC_LXDM")) {
        report(where, "/fields/" + name, uscc(value));
      } else if (name.endsWith("ZJHM")) {
        report(where, "/fields/" + name, IdentityNumber.defectOf(value, TODAY));
        if (!value.equals(code)) {
          problems.add(where + ": " + name + " differs from the subject's code");
        }
      } else if (name.endsWith("_MC") || name.equals("YC_ZTMC")) {
        if (!value.equals(subject.path("name").asText())) {
          problems.add(where + ": " + name + " differs from the subject's name");
        }
      }
    }
    switch (type) {
      case "ADMIN_LICENCE" -> {
        notAfter(where, fields, "XK_JDRQ", TODAY);
        ordered(where, fields, "XK_JDRQ", "XK_YXQZ", false);
        ordered(where, fields, "XK_YXQZ", "XK_YXQZI", false);
      }
      case "ADMIN_PENALTY" -> {
        notAfter(where, fields, "CF_JDRQ", TODAY);
        ordered(where, fields, "CF_JDRQ", "CF_YXQ", false);
        ordered(where, fields, "CF_JDRQ", "CF_GSJZQ", true);
      }
      case "ABNORMAL_OPERATION" -> {
        notAfter(where, fields, "YC_LRRQ", TODAY);
        if (fields.has("YC_YCRQ")) {
          ordered(where, fields, "YC_LRRQ", "YC_YCRQ", true);
          notAfter(where, fields, "YC_YCRQ", TODAY);
        }
      }
      default -> problems.add(where + ": unexpected record type " + type);
    }
  }

  private static Optional<CodeDefect> uscc(String code) {
    return UnifiedSocialCreditCode.defectOf(code);
  }

  private void report(String where, String pointer, Optional<CodeDefect> defect) {
    defect.ifPresent(d -> problems.add(where + ": " + pointer + " " + d.code()));
  }

  private void notAfter(String where, JsonNode fields, String field, LocalDate limit) {
    if (LocalDate.parse(fields.path(field).asText()).isAfter(limit)) {
      problems.add(where + ": " + field + " is in the future");
    }
  }

  private void ordered(String where, JsonNode fields, String first, String second, boolean strict) {
    LocalDate from = LocalDate.parse(fields.path(first).asText());
    LocalDate to = LocalDate.parse(fields.path(second).asText());
    if (to.isBefore(from) || strict && to.isEqual(from)) {
      problems.add(where + ": " + second + " is not after " + first);
    }
  }

  /** Sends the records to the dry-run endpoint, a few at a time; answers the failures. */
  private int validateRemotely(String base, List<ObjectNode> records) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    AtomicInteger failures = new AtomicInteger();
    List<CompletableFuture<Void>> calls = new ArrayList<>();
    for (ObjectNode record : records) {
      ObjectNode body = JSON.createObjectNode();
      body.put("subjectKind", record.path("subject").path("kind").asText());
      body.set("fields", record.path("fields"));
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      base
                          + "/api/v1/catalog/record-types/"
                          + record.path("recordType").asText()
                          + "/validation"))
              .header("Content-Type", "application/json")
              .header("Accept-Language", "en")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build();
      inFlight.acquire();
      calls.add(
          sendRetryingWhenLimited(client, request)
              .thenAccept(
                  response -> {
                    if (response.statusCode() != 200) {
                      failures.incrementAndGet();
                      synchronized (problems) {
                        if (failures.get() <= 20) {
                          System.out.println(
                              record.path("sourceRef").asText() + ": " + response.body());
                        }
                      }
                    }
                  })
              .whenComplete((ignored, failure) -> inFlight.release()));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
    return failures.get();
  }

  /** The anonymous plan limits the dry run: wait as long as the 429 says, then retry. */
  private static CompletableFuture<HttpResponse<String>> sendRetryingWhenLimited(
      HttpClient client, HttpRequest request) {
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenCompose(
            response -> {
              if (response.statusCode() != 429) {
                return CompletableFuture.completedFuture(response);
              }
              long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
              return CompletableFuture.supplyAsync(
                      () -> null, CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS))
                  .thenCompose(ignored -> sendRetryingWhenLimited(client, request));
            });
  }
}
