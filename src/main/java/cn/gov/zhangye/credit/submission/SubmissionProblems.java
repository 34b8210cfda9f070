package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.problem.ProblemType;

/** The problem types of submissions. */
public final class SubmissionProblems {

  /** The same Idempotency-Key came with a different request. */
  public static final ProblemType IDEMPOTENCY_KEY_REUSED =
      new ProblemType("idempotency-key-reused", 422);

  /** A retry arrived while the first request with its Idempotency-Key is still being processed. */
  public static final ProblemType REQUEST_IN_PROGRESS = new ProblemType("request-in-progress", 409);

  /** More records than one submission may hold. */
  public static final ProblemType TOO_MANY_RECORDS = new ProblemType("too-many-records", 413);

  /** An atomic submission with an invalid record: nothing was written. */
  public static final ProblemType BATCH_REJECTED = new ProblemType("batch-rejected", 422);

  /** A malformed Idempotency-Key header. */
  public static final ProblemType INVALID_IDEMPOTENCY_KEY =
      new ProblemType("invalid-idempotency-key", 400);

  /** The client already has as many submissions arriving or running as it may. */
  public static final ProblemType TOO_MANY_CONCURRENT_SUBMISSIONS =
      new ProblemType("too-many-concurrent-submissions", 429);

  private SubmissionProblems() {}
}
