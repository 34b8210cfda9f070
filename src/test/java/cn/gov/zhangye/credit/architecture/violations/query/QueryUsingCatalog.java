package cn.gov.zhangye.credit.architecture.violations.query;

import cn.gov.zhangye.credit.architecture.violations.catalog.CatalogUsingQuery;

/** With {@link CatalogUsingQuery}, a cycle between features. */
public class QueryUsingCatalog {
  public CatalogUsingQuery catalog;
}
