package cn.gov.zhangye.credit.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of the current time. Every class that needs "now" injects this {@link Clock}, so
 * that tests can move time (a bean of type {@code Clock} in the tests replaces this default) and
 * nothing reads the system clock behind their back; an ArchUnit rule keeps it so.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @Singleton
  @DefaultBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
