package cn.gov.zhangye.credit.platform.database;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one boundary where blocking code (worker threads: a streamed request body, a background job)
 * uses the reactive SQL client: a transaction on a connection of its own, committed when the work
 * returns and rolled back when it throws. Reactive code uses {@code Pool.withTransaction} instead.
 */
@ApplicationScoped
public class BlockingTransactions {

  private final Pool database;

  @Inject
  BlockingTransactions(Pool database) {
    this.database = database;
  }

  /** Runs {@code work} in one transaction and answers what it returns. Blocks. */
  public <T> T inTransaction(Function<SqlConnection, T> work) {
    SqlConnection connection = await(database.getConnection());
    try {
      Transaction tx = await(connection.begin());
      try {
        T result = work.apply(connection);
        await(tx.commit());
        return result;
      } catch (RuntimeException | Error failed) {
        await(tx.rollback());
        throw failed;
      }
    } finally {
      await(connection.close());
    }
  }

  /** Runs {@code work} in one transaction. Blocks. */
  public void run(Consumer<SqlConnection> work) {
    inTransaction(
        connection -> {
          work.accept(connection);
          return null;
        });
  }

  /** The item of {@code pending}, waited for on this (worker) thread. */
  public static <T> T await(Uni<T> pending) {
    return pending.await().indefinitely();
  }
}
