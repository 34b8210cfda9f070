package cn.gov.zhangye.credit.platform.paging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The one page-size rule of every listing of the gateway. */
@ConfigMapping(prefix = "credit.paging")
public interface PagingConfig {

  /** The default of {@link #maxSize()}, which the contract's examples state. */
  int DEFAULT_MAX_SIZE = 1000;

  /** The page size of a listing asked without {@code size}. */
  @WithDefault("20")
  int defaultSize();

  /** The largest {@code size} of any listing; more is refused with 400. */
  @WithDefault("" + DEFAULT_MAX_SIZE)
  int maxSize();
}
