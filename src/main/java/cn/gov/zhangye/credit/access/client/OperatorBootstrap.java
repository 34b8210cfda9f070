package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.platform.database.SchemaReady;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Creates the operator client of {@code credit.access.bootstrap} once the schema is in place,
 * unless a client of its id exists: an existing client is never overwritten from configuration.
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

  OperatorBootstrap(BootstrapConfig config, ClientChecks checks, ClientSeeds seeds) {
    this.config = config;
    this.checks = checks;
    this.seeds = seeds;
  }

  void onSchemaReady(@Observes SchemaReady ready) {
    ensure(config);
  }

  /**
   * Creates the operator client {@code settings} describe unless it exists; true when it created it
   * now.
   *
   * @throws IllegalStateException naming the setting that is wrong
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
      throw new IllegalStateException(
          PREFIX + "operator-id: " + violations.get(0).message().in(Languages.ENGLISH));
    }
    boolean created =
        seeds.createAbsent(List.of(new ClientSeeds.Seed(operator, secret(settings)))) == 1;
    LOG.infof(
        created
            ? "Created the operator client %s of " + PREFIX + "operator-id"
            : "The operator client %s exists; it is left as it is",
        id);
    return created;
  }

  private static String secret(BootstrapConfig settings) {
    Optional<String> given = settings.operatorSecret();
    Optional<Path> file = settings.operatorSecretFile();
    if (given.isPresent() && file.isPresent()) {
      throw new IllegalStateException(
          "Set either "
              + PREFIX
              + "operator-secret or "
              + PREFIX
              + "operator-secret-file, not both");
    }
    String secret =
        given
            .or(() -> file.map(OperatorBootstrap::read))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        PREFIX
                            + "operator-id is set, but neither "
                            + PREFIX
                            + "operator-secret nor "
                            + PREFIX
                            + "operator-secret-file"));
    int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
    if (secret.length() < MIN_SECRET_LENGTH || bytes > ClientSecrets.MAX_SECRET_BYTES) {
      throw new IllegalStateException(
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

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException failure) {
      throw new IllegalStateException(
          PREFIX + "operator-secret-file: cannot read " + file + " (" + failure + ")", failure);
    }
  }
}
