package cn.gov.zhangye.credit.architecture.violations.adapter.county;

import cn.gov.zhangye.credit.architecture.violations.exchange.spi.Delivery;
import cn.gov.zhangye.credit.architecture.violations.query.QueryUsingCatalog;

/** Uses the SPI, as allowed, and a feature beside it, which breaks the adapter rule. */
public class CountyAdapter implements Delivery {
  public QueryUsingCatalog query;
}
