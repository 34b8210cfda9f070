package cn.gov.zhangye.credit.platform.http;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where clients reach the gateway. */
@ConfigMapping(prefix = "credit.http")
public interface PublicAddressConfig {

  /**
   * The gateway's public base URL, e.g. {@code https://credit-api.zhangye.gov.cn}, when clients
   * reach it through a proxy or under another name. Absent: {@code http://} the configured host and
   * the port the server listens on.
   */
  Optional<String> publicUrl();
}
