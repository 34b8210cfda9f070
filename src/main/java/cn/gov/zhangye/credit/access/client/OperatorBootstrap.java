package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.platform.ConfiguredSecret;
import cn.gov.zhangye.credit.platform.OwnerOnlyFiles;
import cn.gov.zhangye.credit.platform.database.SchemaReady;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.problem.Violation;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the operator client of {@code credit.access.bootstrap} once the schema is in place,
 * unless a client of its id exists: an existing client is never overwritten from configuration. Its
 * secret comes from configuration, or is generated and written once to a file only the gateway's
 * user may read.
 */
@ApplicationScoped
class OperatorBootstrap {

  static final int MIN_SECRET_LENGTH = 32;
  private static final String PLAN = "internal";

  private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class);
  private static final String PREFIX = "credit.access.bootstrap.";

  private final BootstrapConfig config;
  private final ClientChecks checks;
  private final ClientSeeds seeds;
  private final ClientSecrets secrets;
  private final int httpPort;

  OperatorBootstrap(
      BootstrapConfig config,
      ClientChecks checks,
      ClientSeeds seeds,
      ClientSecrets secrets,
      @ConfigProperty(name = "quarkus.http.port") int httpPort) {
    this.config = config;
    this.checks = checks;
    this.seeds = seeds;
    this.secrets = secrets;
    this.httpPort = httpPort;
  }

  void onSchemaReady(@Observes SchemaReady ready) {
    ensure(config);
  }

  /**
   * Creates the operator client {@code settings} describe unless it exists; true when it created it
   * now.
   *
   * @throws ConfigurationException naming the setting that is wrong
   */
  boolean ensure(BootstrapConfig settings) {
    if (settings.operatorId().isEmpty()) {
      return false;
    }
    String id = settings.operatorId().get();
    NewClient operator =
        new NewClient(
            id,
            "运维管理员 / Operator",
            ClientKind.OPERATOR,
            PLAN,
            List.of(Scopes.ADMIN),
            List.of(),
            null,
            List.of(),
            false,
            null);
    List<Violation> violations = checks.ofNew(operator);
    if (!violations.isEmpty()) {
      throw new ConfigurationException(
          PREFIX + "operator-id: " + violations.get(0).message().in(Languages.ENGLISH));
    }
    Optional<String> configured =
        ConfiguredSecret.read(
            PREFIX + "operator-secret", settings.operatorSecret(), settings.operatorSecretFile());
    if (configured.isEmpty() && settings.generatedSecretFile().isPresent()) {
      return createWithGeneratedSecret(operator, settings.generatedSecretFile().get());
    }
    String secret =
        checked(
            configured.orElseThrow(
                () ->
                    new ConfigurationException(
                        PREFIX
                            + "operator-id is set, but neither "
                            + PREFIX
                            + "operator-secret nor "
                            + PREFIX
                            + "operator-secret-file nor "
                            + PREFIX
                            + "generated-secret-file")));
    boolean created = seeds.createAbsent(List.of(new ClientSeeds.Seed(operator, secret))) == 1;
    LOG.infof(
        created
            ? "Created the operator client %s of " + PREFIX + "operator-id"
            : "The operator client %s exists; it is left as it is",
        id);
    return created;
  }

  /**
   * The file is written before the client is stored, so that no operator exists whose secret was
   * never written down; it is removed again if another start stored the client meanwhile.
   */
  private boolean createWithGeneratedSecret(NewClient operator, Path file) {
    Path shown = file.toAbsolutePath().normalize();
    if (seeds.exists(operator.id())) {
      LOG.infof(
          "The operator client %s exists; its secret was written to %s when it was created",
          operator.id(), shown);
      return false;
    }
    String secret = secrets.generate();
    try {
      OwnerOnlyFiles.write(file, secret + "\n");
      boolean created = seeds.createAbsent(List.of(new ClientSeeds.Seed(operator, secret))) == 1;
      if (!created) {
        Files.deleteIfExists(file);
        return false;
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(
          PREFIX + "generated-secret-file: cannot write " + shown, failure);
    }
    LOG.infof(
        "Created the operator client %s (scope admin); its generated secret is in %s, readable by"
            + " this user only. Get a token: curl -s -u %s:$(cat %s) -d"
            + " grant_type=client_credentials http://localhost:%d/oauth/token",
        operator.id(), shown, operator.id(), shown, httpPort);
    return true;
  }

  private static String checked(String secret) {
    int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
    if (secret.length() < MIN_SECRET_LENGTH || bytes > ClientSecrets.MAX_SECRET_BYTES) {
      throw new ConfigurationException(
          "The operator secret of "
              + PREFIX
              + "operator-secret(-file) must have at least "
              + MIN_SECRET_LENGTH
              + " characters and at most "
              + ClientSecrets.MAX_SECRET_BYTES
              + " bytes, e.g. from: openssl rand -base64 32");
    }
    return secret;
  }
}
