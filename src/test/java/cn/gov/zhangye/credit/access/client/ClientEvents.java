package cn.gov.zhangye.credit.access.client;

import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the client events fired, and whether an observer could have blocked the event loop. */
@ApplicationScoped
class ClientEvents {

  private final List<Object> fired = new CopyOnWriteArrayList<>();
  private volatile boolean firedOnEventLoop;

  void suspended(@Observes ClientSuspended event) {
    record(event);
  }

  void reactivated(@Observes ClientReactivated event) {
    record(event);
  }

  List<Object> fired() {
    return List.copyOf(fired);
  }

  boolean firedOnEventLoop() {
    return firedOnEventLoop;
  }

  private void record(Object event) {
    firedOnEventLoop |= Context.isOnEventLoopThread();
    fired.add(event);
  }
}
