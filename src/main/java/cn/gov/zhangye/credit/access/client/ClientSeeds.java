package cn.gov.zhangye.credit.access.client;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Stores the clients that start-up brings (from configuration or demo data) unless they exist, and
 * suspends those it must no longer admit, waiting until it is done. Start-up events arrive on a
 * start-up or worker thread, never on the event loop, where waiting would be refused.
 */
@ApplicationScoped
class ClientSeeds {

  /** A client to have, with its secret. */
  record Seed(NewClient client, String secret) {}

  private final ClientRegistry registry;

  ClientSeeds(ClientRegistry registry) {
    this.registry = registry;
  }

  /** Whether a client of {@code id} exists. */
  boolean exists(String id) {
    return await(() -> registry.exists(id));
  }

  /** Creates the seeds' clients that do not exist yet, one after the other; how many it created. */
  int createAbsent(List<Seed> seeds) {
    return await(
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
  }

  /** Suspends those of the clients {@code ids} that exist and are active; their ids. */
  List<String> suspendActive(List<String> ids) {
    return await(
        () ->
            Multi.createFrom()
                .iterable(ids)
                .onItem()
                .transformToUniAndConcatenate(
                    id ->
                        registry
                            .suspendIfActive(id)
                            .map(
                                suspended ->
                                    suspended ? Optional.of(id) : Optional.<String>empty()))
                .filter(Optional::isPresent)
                .map(Optional::get)
                .collect()
                .asList());
  }

  private static <T> T await(Supplier<Uni<T>> work) {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (RuntimeException | Error failure) {
      throw failure;
    } catch (Throwable failure) {
      throw new IllegalStateException("Cannot store the clients of start-up", failure);
    }
  }
}
