package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.platform.problem.ProblemType;

/** The problem types of credit reports. */
public final class ReportProblems {

  /** A signature presented for verification that none of the gateway's keys made. */
  public static final ProblemType SIGNATURE_INVALID =
      new ProblemType("report-signature-invalid", 422);

  /** A person's report asked by an agency not licensed for personal credit queries. */
  public static final ProblemType PERSON_QUERY_NOT_LICENSED =
      new ProblemType("person-query-not-licensed", 403);

  /** A person's report asked without a valid Query-Purpose or without a Consent-Reference. */
  public static final ProblemType PERSON_QUERY_CONDITIONS =
      new ProblemType("person-query-conditions", 400);

  private ReportProblems() {}
}
