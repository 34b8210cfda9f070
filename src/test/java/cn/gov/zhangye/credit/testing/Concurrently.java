package cn.gov.zhangye.credit.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs calls at the same moment, each on its own thread, for tests of races. */
public final class Concurrently {

  private static final Duration AT_MOST = Duration.ofMinutes(2);

  private Concurrently() {}

  /** One of the calls, told which it is. */
  @FunctionalInterface
  public interface Call<T> {
    T make(int index) throws Exception;
  }

  /** The results of {@code call} for 0 to {@code calls} − 1, all let go together, in that order. */
  public static <T> List<T> run(int calls, Call<T> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> pending = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int index = i;
        pending.add(
            threads.submit(
                () -> {
                  start.await();
                  return call.make(index);
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> result : pending) {
        results.add(result.get(AT_MOST.toSeconds(), TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
