package cn.gov.zhangye.credit.access.client;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stores the clients that start-up brings (from configuration or demo data) unless they exist,
 * waiting until they are stored. Start-up events arrive on a start-up or worker thread, never on
 * the event loop, where waiting would be refused.
 */
@ApplicationScoped
class ClientSeeds {

  /** A client to have, with its secret. */
  record Seed(NewClient client, String secret) {}

  private final ClientRegistry registry;

  ClientSeeds(ClientRegistry registry) {
    this.registry = registry;
  }

  /** Creates the seeds' clients that do not exist yet, one after the other; how many it created. */
  int createAbsent(List<Seed> seeds) {
    try {
      return VertxContextSupport.subscribeAndAwait(
              () ->
                  Multi.createFrom()
                      .iterable(seeds)
                      .onItem()
                      .transformToUniAndConcatenate(
                          seed -> registry.createIfAbsent(seed.client(), seed.secret()))
                      .filter(Boolean::booleanValue)
                      .collect()
                      .with(Collectors.counting()))
          .intValue();
    } catch (RuntimeException | Error failure) {
      throw failure;
    } catch (Throwable failure) {
      throw new IllegalStateException("Cannot store the clients of start-up", failure);
    }
  }
}
