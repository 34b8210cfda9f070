package cn.gov.zhangye.credit.architecture.violations.record;

import cn.gov.zhangye.credit.architecture.violations.access.CallerIdentity;

/** Breaks "the stores know nothing of their callers": the record store asks who calls. */
public class RecordKnowingItsCaller {
  public CallerIdentity caller;
}
