package cn.gov.zhangye.credit.platform.jobs;

import java.util.concurrent.ThreadFactory;

/** Threads of the gateway's own timers and workers, which never keep the JVM from stopping. */
final class DaemonThreads {

  private DaemonThreads() {}

  /** Makes daemon threads named {@code name}. */
  static ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
