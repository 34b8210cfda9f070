package cn.gov.zhangye.credit.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports the shared state's mode and, in a cluster, how many replicas this one sees. */
@Readiness
@ApplicationScoped
public class SharedStateHealthCheck implements HealthCheck {

  private final SharedState state;
  private final ClusterConfig config;

  @Inject
  SharedStateHealthCheck(SharedState state, ClusterConfig config) {
    this.state = state;
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    int members = state.memberCount();
    return HealthCheckResponse.named("shared-state")
        .status(members > 0)
        .withData("mode", config.enabled() ? "cluster" : "local")
        .withData("cluster", config.name())
        .withData("members", members)
        .build();
  }
}
