package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.platform.problem.ProblemType;

/**
 * The problem types of credit reports; those of the query about the subject are {@link
 * cn.gov.zhangye.credit.query.QueryProblems}.
 */
public final class ReportProblems {

  /** A signature presented for verification that none of the gateway's keys made. */
  public static final ProblemType SIGNATURE_INVALID =
      new ProblemType("report-signature-invalid", 422);

  /** As many reports as the gateway renders at once are being rendered as PDF. */
  public static final ProblemType RENDERING_BUSY = new ProblemType("report-rendering-busy", 503);

  private ReportProblems() {}
}
