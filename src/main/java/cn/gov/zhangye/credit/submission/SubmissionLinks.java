package cn.gov.zhangye.credit.submission;

import java.util.UUID;

/** Where the submission API serves a submission and its errors: named in answers and problems. */
public final class SubmissionLinks {

  /** The collection of the caller's submissions. */
  public static final String PATH = "/api/v1/submissions";

  private SubmissionLinks() {}

  public static String of(UUID submission) {
    return PATH + "/" + submission;
  }

  public static String errorsOf(UUID submission) {
    return of(submission) + "/errors";
  }
}
