package cn.gov.zhangye.credit.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * This process among the gateway's replicas: the owner named in every lease it takes. New at each
 * start, so that a restarted replica never mistakes the work of its previous life for its own.
 */
@ApplicationScoped
public class ReplicaIdentity {

  private final String id = UUID.randomUUID().toString();

  public String id() {
    return id;
  }
}
