package cn.gov.zhangye.credit.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** This process among the gateway's replicas, as the owner of the submissions it processes. */
@ApplicationScoped
class Replica {

  private final String id = UUID.randomUUID().toString();

  String id() {
    return id;
  }
}
