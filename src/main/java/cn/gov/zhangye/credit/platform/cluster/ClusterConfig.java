package cn.gov.zhangye.credit.platform.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Whether and how gateway replicas share state (rate-limit buckets, revocations, caches). */
@ConfigMapping(prefix = "credit.cluster")
public interface ClusterConfig {

  /** Off: one replica with local caches. On: an Infinispan cluster over JGroups. */
  @WithDefault("false")
  boolean enabled();

  /** Replicas with the same name form one cluster. */
  @WithDefault("credit-gateway")
  String name();

  /** How replicas find each other: {@code jdbc} (through the shared PostgreSQL) or {@code dns}. */
  @WithDefault("jdbc")
  Discovery discovery();

  /** With {@code dns} discovery: the DNS name (a headless Service on Kubernetes) to query. */
  Optional<String> dnsQuery();

  /** The address this replica binds JGroups to; {@code SITE_LOCAL}, {@code LOOPBACK}, or an IP. */
  @WithDefault("SITE_LOCAL")
  String bindAddress();

  /** The JGroups TCP port of this replica. */
  @WithDefault("7800")
  int bindPort();

  /** How replicas discover each other. */
  enum Discovery {
    JDBC,
    DNS
  }
}
