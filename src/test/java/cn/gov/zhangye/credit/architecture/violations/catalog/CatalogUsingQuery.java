package cn.gov.zhangye.credit.architecture.violations.catalog;

import cn.gov.zhangye.credit.architecture.violations.adapter.county.CountyAdapter;
import cn.gov.zhangye.credit.architecture.violations.query.QueryUsingCatalog;

/** With {@link QueryUsingCatalog}, a cycle between features; also imports an adapter. */
public class CatalogUsingQuery {
  public QueryUsingCatalog query;
  public CountyAdapter adapter;
}
