package cn.gov.zhangye.credit.access.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.ControlledClock;
import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Refused calls are counted per minute, caller, address and status, never logged one by one. */
@QuarkusTest
class RefusalCountsTest {

  private static final int FLOOD = 10_000;
  private static final int IN_FLIGHT = 16;

  @TestHTTPResource("/api/v1/audit/mine")
  URL mine;

  @Inject RefusalCounts counts;
  @Inject RefusalRetention retention;
  @Inject ControlledClock clock;

  @Test
  void tenThousandBadTokensLeaveTheAuditLogAsItWasAndAreAllCounted() throws Exception {
    OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    counts.flush();
    long entriesBefore = TestDatabase.count("SELECT count(*) FROM audit_entry");
    long countedBefore = anonymousUnauthorizedSince(since);

    Map<Integer, AtomicInteger> statuses = flood();

    assertEquals(Map.of(401, FLOOD), snapshot(statuses));
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (anonymousUnauthorizedSince(since) < countedBefore + FLOOD
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    counts.flush();
    assertEquals(countedBefore + FLOOD, anonymousUnauthorizedSince(since));
    assertEquals(entriesBefore, TestDatabase.count("SELECT count(*) FROM audit_entry"));
  }

  @Test
  void countersOlderThanTheRetentionAreRemoved() {
    String address = "retention-test-" + System.nanoTime();
    try {
      clock.set(Instant.now().minus(Duration.ofDays(91)));
      counts.count("retention-old", address, 403);
      clock.reset();
      counts.count("retention-new", address, 403);
      counts.flush();
      assertEquals(
          2, TestDatabase.count("SELECT count(*) FROM refusal_count WHERE address = ?", address));

      retention.run(clock.instant());

      assertEquals(
          1,
          TestDatabase.count(
              "SELECT count(*) FROM refusal_count WHERE address = ? AND client_id = 'retention-new'",
              address));
      assertEquals(
          1, TestDatabase.count("SELECT count(*) FROM refusal_count WHERE address = ?", address));
    } finally {
      clock.reset();
    }
  }

  /** {@value #FLOOD} requests with a bad token over keep-alive connections; the statuses seen. */
  private Map<Integer, AtomicInteger> flood() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(mine.toString()))
            .header("Authorization", "Bearer not.a.token")
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    Semaphore slots = new Semaphore(IN_FLIGHT);
    List<CompletableFuture<?>> sent = new ArrayList<>();
    for (int i = 0; i < FLOOD; i++) {
      slots.acquire();
      sent.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, failure) -> {
                    slots.release();
                    int status = failure == null ? response.statusCode() : -1;
                    statuses.computeIfAbsent(status, any -> new AtomicInteger()).incrementAndGet();
                  }));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
        .exceptionally(any -> null)
        .join();
    return statuses;
  }

  private static Map<Integer, Integer> snapshot(Map<Integer, AtomicInteger> statuses) {
    Map<Integer, Integer> seen = new java.util.HashMap<>();
    statuses.forEach((status, count) -> seen.put(status, count.get()));
    assertTrue(!seen.isEmpty());
    return seen;
  }

  private static long anonymousUnauthorizedSince(OffsetDateTime since) {
    return TestDatabase.count(
        "SELECT coalesce(sum(refusals), 0) FROM refusal_count"
            + " WHERE client_id = '' AND status = 401 AND minute >= ?",
        since);
  }
}
