package cn.gov.zhangye.credit.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** How large request bodies may be, by path. */
@ConfigMapping(prefix = "credit.http")
public interface BodyLimitsConfig {

  /** The largest body of an operation outside the large-body paths. */
  @WithDefault("10M")
  MemorySize maxBodySize();

  /**
   * Path prefixes whose operations stream large bodies (submissions): their bodies may be as large
   * as {@code quarkus.http.limits.max-body-size} and may be sent chunked. Elsewhere a chunked body
   * is refused with 411, since its size is known only once it is read.
   */
  Optional<List<String>> largeBodyPaths();
}
