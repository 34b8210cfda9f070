package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.problem.ProblemType;

/** The problems the catalogue answers with, besides the platform's own. */
public final class CatalogProblems {

  public static final ProblemType UNKNOWN_RECORD_TYPE = new ProblemType("unknown-record-type", 404);

  private CatalogProblems() {}
}
