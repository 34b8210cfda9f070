package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.platform.http.PublicAddress;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;

/**
 * The checked settings of access tokens. The gateway does not start when the audience is blank, a
 * configured issuer is blank or not an http(s) URL without query or fragment, or the lifetime or
 * skew is out of bounds.
 */
@ApplicationScoped
@Startup
public class TokenSettings {

  static final Duration MAX_LIFETIME = Duration.ofMinutes(15);
  private static final Duration MAX_SKEW = Duration.ofSeconds(60);

  /** The configured issuer; null when the issuer is the gateway's public address. */
  private final String issuer;

  private final PublicAddress address;
  private final String audience;
  private final Duration lifetime;
  private final Duration clockSkew;

  @Inject
  TokenSettings(TokenConfig config, PublicAddress address) {
    this(
        config.issuer().map(TokenSettings::checkIssuer).orElse(null),
        address,
        config.audience(),
        config.lifetime(),
        config.clockSkew());
  }

  TokenSettings(String issuer, String audience, Duration lifetime, Duration clockSkew) {
    this(checkIssuer(issuer), null, audience, lifetime, clockSkew);
  }

  private TokenSettings(
      String issuer,
      PublicAddress address,
      String audience,
      Duration lifetime,
      Duration clockSkew) {
    this.issuer = issuer;
    this.address = address;
    this.audience = require("credit.access.token.audience", audience);
    this.lifetime =
        checkWithin("credit.access.token.lifetime", lifetime, Duration.ofSeconds(1), MAX_LIFETIME);
    this.clockSkew =
        checkWithin("credit.access.token.clock-skew", clockSkew, Duration.ZERO, MAX_SKEW);
  }

  /**
   * The configured issuer, or the gateway's public address: read on each use, since the port of the
   * address is known only once the server listens.
   */
  public String issuer() {
    return issuer != null ? issuer : address.baseUrl();
  }

  public String audience() {
    return audience;
  }

  public Duration lifetime() {
    return lifetime;
  }

  public Duration clockSkew() {
    return clockSkew;
  }

  /** An absolute URL of the gateway at {@code path}, under the issuer. */
  public String url(String path) {
    return issuer() + path;
  }

  private static String checkIssuer(String issuer) {
    String name = "credit.access.token.issuer";
    require(name, issuer);
    URI uri;
    try {
      uri = new URI(issuer);
    } catch (java.net.URISyntaxException malformed) {
      throw invalid(name, issuer, "it is not a URL");
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null
        || issuer.endsWith("/")) {
      throw invalid(
          name,
          issuer,
          "it must be the gateway's http(s) base URL, without query, fragment or a"
              + " trailing slash");
    }
    return issuer;
  }

  private static String require(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set: access tokens are checked against it");
    }
    return value;
  }

  private static Duration checkWithin(String name, Duration value, Duration min, Duration max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw invalid(name, value.toString(), "it must lie between " + min + " and " + max);
    }
    return value;
  }

  private static IllegalStateException invalid(String name, String value, String reason) {
    return new IllegalStateException(name + "=" + value + " is not usable: " + reason);
  }
}
