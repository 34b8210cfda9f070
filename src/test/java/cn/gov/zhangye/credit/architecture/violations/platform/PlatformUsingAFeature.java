package cn.gov.zhangye.credit.architecture.violations.platform;

import cn.gov.zhangye.credit.architecture.violations.catalog.CatalogUsingQuery;

/** Breaks "platform depends on no feature". */
public class PlatformUsingAFeature {
  public CatalogUsingQuery feature;
}
