package cn.gov.zhangye.credit.platform.cluster;

import cn.gov.zhangye.credit.platform.database.SchemaReady;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.github.bucket4j.grid.infinispan.serialization.Bucket4jProtobufContextInitializer;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;
import org.jboss.logging.Logger;

/**
 * The embedded Infinispan that holds state the replicas share: clustered over JGroups when {@code
 * credit.cluster.enabled}, local otherwise. Features ask for a cache by name and get the same API
 * in both modes. It starts once the schema is migrated, since cluster discovery uses a table of the
 * schema; until then a feature asking for a cache gets a 503 problem.
 */
@ApplicationScoped
public class SharedState {

  private static final Logger LOG = Logger.getLogger(SharedState.class);

  private final ClusterConfig config;
  private final JGroupsStack stack;
  private final Event<SharedStateReady> ready;
  private final Object definitions = new Object();
  private volatile EmbeddedCacheManager manager;

  @Inject
  SharedState(ClusterConfig config, JGroupsStack stack, Event<SharedStateReady> ready) {
    this.config = config;
    this.stack = stack;
    this.ready = ready;
  }

  synchronized void start(@Observes SchemaReady schemaReady) {
    if (manager != null) {
      return;
    }
    GlobalConfigurationBuilder global =
        config.enabled()
            ? GlobalConfigurationBuilder.defaultClusteredBuilder()
            : new GlobalConfigurationBuilder().nonClusteredDefault();
    global.cacheManagerName(config.name()).jmx().disable();
    global.serialization().addContextInitializer(new Bucket4jProtobufContextInitializer());
    if (config.enabled()) {
      global.transport().clusterName(config.name()).withProperties(stack.transportProperties());
    }
    manager = new DefaultCacheManager(global.build());
    LOG.infof(
        config.enabled()
            ? "Shared state: Infinispan cluster '%s' joined, members %s"
            : "Shared state: local Infinispan '%s' (clustering off)%s",
        config.name(),
        config.enabled() ? manager.getMembers() : "");
    ready.fire(new SharedStateReady(this));
  }

  /**
   * The cache {@code name}, replicated to every member in a cluster (small, hot state such as
   * buckets and revocations), local otherwise.
   */
  public <K, V> Cache<K, V> cache(String name) {
    EmbeddedCacheManager manager = this.manager;
    if (manager == null) {
      throw new ProblemException(
          ProblemType.SERVICE_UNAVAILABLE, new Text("problem.service-unavailable.detail"));
    }
    if (!manager.cacheExists(name)) {
      define(manager, name);
    }
    return manager.getCache(name);
  }

  /**
   * The first requests after a start ask for a cache at once: one of them defines it. The lock is
   * not the start's: the observers of {@link SharedStateReady}, which the start fires while it
   * holds its own, may ask for caches from other threads and wait for them (a suspension of demo
   * clients writing its revocations, say).
   */
  private void define(EmbeddedCacheManager manager, String name) {
    synchronized (definitions) {
      if (manager.getCacheConfiguration(name) == null) {
        manager.defineConfiguration(
            name,
            new ConfigurationBuilder()
                .clustering()
                .cacheMode(config.enabled() ? CacheMode.REPL_SYNC : CacheMode.LOCAL)
                .build());
      }
    }
  }

  /**
   * The cache {@code name} that this replica alone holds, of at most {@code maxEntries} entries
   * (the least recently used go first): for copies of what each replica reads from the database
   * itself, kept apart from the shared state so that they never travel between replicas.
   */
  public <K, V> Cache<K, V> localCache(String name, long maxEntries) {
    EmbeddedCacheManager manager = this.manager;
    if (manager == null) {
      throw new ProblemException(
          ProblemType.SERVICE_UNAVAILABLE, new Text("problem.service-unavailable.detail"));
    }
    if (!manager.cacheExists(name) && manager.getCacheConfiguration(name) == null) {
      manager.defineConfiguration(
          name,
          new ConfigurationBuilder()
              .clustering()
              .cacheMode(CacheMode.LOCAL)
              .memory()
              .maxCount(maxEntries)
              .build());
    }
    return manager.getCache(name);
  }

  /** The members of the cluster this replica sees (itself alone when clustering is off). */
  public int memberCount() {
    EmbeddedCacheManager manager = this.manager;
    if (manager == null) {
      return 0;
    }
    return config.enabled() ? manager.getMembers().size() : 1;
  }

  void stop(@Observes ShutdownEvent shutdown) {
    if (manager != null) {
      manager.stop();
    }
  }
}
