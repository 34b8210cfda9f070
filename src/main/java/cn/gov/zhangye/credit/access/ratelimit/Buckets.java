package cn.gov.zhangye.credit.access.ratelimit;

import cn.gov.zhangye.credit.platform.cluster.SharedStateReady;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.grid.infinispan.Bucket4jInfinispan;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.infinispan.Cache;
import org.infinispan.functional.impl.FunctionalMapImpl;
import org.infinispan.functional.impl.ReadWriteMapImpl;

/**
 * Token buckets kept in the shared Infinispan cache {@value #CACHE}, so that every replica of a
 * cluster counts against the same buckets. A bucket lives until it is full again: a new one would
 * be the same. The cache is opened when the shared state starts, never on a request's event loop; a
 * call before that is answered 503.
 */
@ApplicationScoped
class Buckets {

  static final String CACHE = "rate-limit-buckets";

  private volatile AsyncProxyManager<String> proxies;

  Buckets() {}

  Buckets(Cache<String, byte[]> cache) {
    open(cache);
  }

  void open(@Observes SharedStateReady ready) {
    open(ready.state().<String, byte[]>cache(CACHE));
  }

  private void open(Cache<String, byte[]> cache) {
    proxies =
        Bucket4jInfinispan.entryProcessorBasedBuilder(
                ReadWriteMapImpl.create(FunctionalMapImpl.create(cache.getAdvancedCache())))
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
            .build()
            .asAsync();
  }

  /**
   * Runs {@code operation} on the bucket {@code key}, created with {@code configuration} if absent.
   * The result is delivered on the caller's Vert.x context, where the request continues, not on the
   * Infinispan thread that completed it.
   */
  <T> Uni<T> apply(
      String key,
      Supplier<BucketConfiguration> configuration,
      Function<AsyncBucketProxy, CompletableFuture<T>> operation) {
    AsyncProxyManager<String> proxies = this.proxies;
    if (proxies == null) {
      throw new ProblemException(
          ProblemType.SERVICE_UNAVAILABLE, new Text("problem.service-unavailable.detail"));
    }
    AsyncBucketProxy bucket =
        proxies.builder().build(key, () -> CompletableFuture.completedFuture(configuration.get()));
    Context context = Vertx.currentContext();
    CompletableFuture<T> result = operation.apply(bucket);
    Uni<T> outcome = Uni.createFrom().completionStage(result);
    return context == null || result.isDone()
        ? outcome
        : outcome.emitOn(command -> context.runOnContext(ignored -> command.run()));
  }
}
