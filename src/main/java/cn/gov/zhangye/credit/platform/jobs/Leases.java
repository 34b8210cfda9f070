package cn.gov.zhangye.credit.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Leases of this replica, timed by the injected clock. */
@ApplicationScoped
public class Leases {

  private final ReplicaIdentity replica;
  private final Clock clock;

  @Inject
  Leases(ReplicaIdentity replica, Clock clock) {
    this.replica = replica;
    this.clock = clock;
  }

  /** A lease of this replica from now for {@code length}. */
  public Lease take(Duration length) {
    Instant now = clock.instant();
    return new Lease(replica.id(), now, now.plus(length));
  }

  /** This replica's id, the owner of its leases. */
  public String owner() {
    return replica.id();
  }
}
