package cn.gov.zhangye.credit.platform.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
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

  /**
   * The secret every replica of the cluster shares (at least 32 characters): the key that encrypts
   * the cluster traffic and the token that admits a replica are derived from it. Required when
   * clustering is on, unless {@link #secretFile()} is set.
   */
  Optional<String> secret();

  /** A file holding the secret (a mounted Kubernetes Secret), instead of {@link #secret()}. */
  Optional<Path> secretFile();

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
