package cn.gov.zhangye.credit.access.client;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** The first operator client, created at start when absent, so that someone can register others. */
@ConfigMapping(prefix = "credit.access.bootstrap")
public interface BootstrapConfig {

  /** The operator client's id; absent: no operator is created. */
  Optional<String> operatorId();

  /** Its secret, best from the environment ({@code CREDIT_ACCESS_BOOTSTRAP_OPERATOR_SECRET}). */
  Optional<String> operatorSecret();

  /** A file holding its secret, such as a mounted Kubernetes secret; instead of the secret. */
  Optional<Path> operatorSecretFile();

  /**
   * With neither of the two above: the file that a secret generated for the operator is written to
   * (mode 600) when the operator is created, once; the start-up log names it. The embedded default
   * sets {@code data/operator-secret}.
   */
  Optional<Path> generatedSecretFile();
}
