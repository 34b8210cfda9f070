package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.problem.ProblemType;

/**
 * The problems of a submitted body that cannot be read as a whole, besides the platform's {@link
 * ProblemType#MALFORMED_REQUEST} and {@link ProblemType#UNSUPPORTED_MEDIA_TYPE}.
 */
public final class SubmissionFormatProblems {

  public static final ProblemType INVALID_ENCODING = new ProblemType("invalid-encoding", 422);
  public static final ProblemType EMPTY_BATCH = new ProblemType("empty-batch", 422);
  public static final ProblemType NOT_A_JSON_ARRAY = new ProblemType("not-a-json-array", 422);
  public static final ProblemType NESTING_TOO_DEEP = new ProblemType("nesting-too-deep", 400);
  public static final ProblemType INVALID_CSV_HEADER = new ProblemType("invalid-csv-header", 422);

  private SubmissionFormatProblems() {}
}
