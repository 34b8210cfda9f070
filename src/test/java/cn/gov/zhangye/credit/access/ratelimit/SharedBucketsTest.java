package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.grid.infinispan.serialization.Bucket4jProtobufContextInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas, each with its own Infinispan cache manager and its own rate limiter, clustered over
 * JGroups on loopback in this JVM: together they allow a caller no more than its plan.
 */
class SharedBucketsTest {

  private static final String STACK =
      """
      <config xmlns="urn:org:jgroups">
        <TCP bind_addr="127.0.0.1" bind_port="0"/>
        <LOCAL_PING/>
        <MERGE3 min_interval="1000" max_interval="3000"/>
        <VERIFY_SUSPECT2 timeout="1000"/>
        <pbcast.NAKACK2 use_mcast_xmit="false"/>
        <UNICAST3/>
        <pbcast.STABLE/>
        <pbcast.GMS print_local_addr="false" join_timeout="1000"/>
        <UFC/>
        <MFC/>
        <FRAG4/>
      </config>
      """;

  private final List<EmbeddedCacheManager> replicas = new ArrayList<>();

  @AfterEach
  void stopReplicas() {
    replicas.forEach(EmbeddedCacheManager::stop);
  }

  @Test
  void twoReplicasTogetherAllowNoMoreThanThePlan() throws Exception {
    RateLimiter first = new RateLimiter(new Buckets(replica()));
    RateLimiter second = new RateLimiter(new Buckets(replica()));
    awaitMembers(2);
    Plan plan = new Plan("shared", 1000, 1000, 50);
    Caller caller = Caller.client("demo-agency", plan);
    // The first call also sets up Mutiny's context propagation, which is not safe to race.
    assertEquals(50, dayRemaining(first.look(caller).await().indefinitely()));

    ExecutorService callers = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> calls = new ArrayList<>();
    for (int call = 0; call < 120; call++) {
      RateLimiter replica = call % 2 == 0 ? first : second;
      Callable<Boolean> charge = () -> replica.charge(caller, 1).await().indefinitely().allowed();
      calls.add(callers.submit(charge));
    }
    int allowed = 0;
    for (Future<Boolean> call : calls) {
      allowed += call.get() ? 1 : 0;
    }
    callers.shutdown();

    assertEquals(50, allowed);
    for (RateLimiter replica : List.of(first, second)) {
      assertEquals(0, dayRemaining(replica.look(caller).await().indefinitely()));
    }
  }

  private static long dayRemaining(Verdict verdict) {
    return verdict.windows().get(Window.DAY.ordinal()).remaining();
  }

  private Cache<String, byte[]> replica() {
    GlobalConfigurationBuilder global = GlobalConfigurationBuilder.defaultClusteredBuilder();
    global.cacheManagerName("replica-" + replicas.size()).jmx().disable();
    global.serialization().addContextInitializer(new Bucket4jProtobufContextInitializer());
    Properties transport = new Properties();
    transport.setProperty("configurationString", STACK);
    global.transport().clusterName("shared-buckets-test").withProperties(transport);
    EmbeddedCacheManager manager = new DefaultCacheManager(global.build());
    replicas.add(manager);
    manager.defineConfiguration(
        Buckets.CACHE,
        new ConfigurationBuilder().clustering().cacheMode(CacheMode.REPL_SYNC).build());
    return manager.getCache(Buckets.CACHE);
  }

  private void awaitMembers(int members) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (replicas.stream().anyMatch(replica -> replica.getMembers().size() < members)) {
      assertTrue(System.nanoTime() < deadline, "the replicas did not form a cluster");
      Thread.sleep(100);
    }
  }
}
