package cn.gov.zhangye.credit.platform.paging;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.List;

/** The one problem of a cursor a listing cannot use, and the one violation of a bad size. */
public final class PagingProblems {

  public static final ProblemType INVALID_CURSOR = new ProblemType("invalid-cursor", 400);

  static final String CURSOR = "cursor";
  static final String SIZE = "size";

  private PagingProblems() {}

  /**
   * @param code why: {@code malformed}, {@code version}, {@code altered}, {@code other-listing} or
   *     {@code other-filters}; each has its message {@code violation.paging.cursor.<code>}
   */
  static ProblemException invalidCursor(String code) {
    return invalid(new Violation(CURSOR, code, new Text("violation.paging.cursor." + code)));
  }

  /**
   * Refuses a parameter of the paging of an earlier release, so that a caller still sending it is
   * told to send {@code cursor} instead of getting the first page again and again.
   *
   * @throws ProblemException {@code invalid-cursor} naming {@code parameter} when it was sent
   */
  public static void refuseRetired(String parameter, String value) {
    if (value != null) {
      throw invalid(
          new Violation(parameter, "retired", new Text("violation.paging.retired", parameter)));
    }
  }

  static Violation badSize(int max) {
    return new Violation(SIZE, "range", new Text("violation.paging.size", String.valueOf(max)));
  }

  static ProblemException badSizeProblem(int max) {
    return new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        new Text("problem.malformed-request.detail"),
        List.of(badSize(max)));
  }

  private static ProblemException invalid(Violation violation) {
    return new ProblemException(
        INVALID_CURSOR, new Text("problem.invalid-cursor.detail"), List.of(violation));
  }
}
