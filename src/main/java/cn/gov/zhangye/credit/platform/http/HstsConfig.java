package cn.gov.zhangye.credit.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** HTTP Strict Transport Security (RFC 6797), for a gateway reached over TLS only. */
@ConfigMapping(prefix = "credit.http.hsts")
public interface HstsConfig {

  /** Whether every answer carries {@code Strict-Transport-Security}. */
  @WithDefault("false")
  boolean enabled();

  /** How long browsers keep to HTTPS for this host ({@code max-age}). */
  @WithDefault("P365D")
  Duration maxAge();

  /** Whether the rule covers the subdomains too ({@code includeSubDomains}). */
  @WithDefault("false")
  boolean includeSubDomains();
}
