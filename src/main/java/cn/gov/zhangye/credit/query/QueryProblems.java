package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;

/** The problems of agency queries; each is documented in docs/errors.md. */
public final class QueryProblems {

  /** The subject code is neither a valid credit code nor a valid resident identity number. */
  public static final ProblemType INVALID_SUBJECT_CODE =
      new ProblemType("invalid-subject-code", 400);

  /** A person query by an agency that is not licensed for person queries. */
  public static final ProblemType PERSON_QUERY_NOT_LICENSED =
      new ProblemType("person-query-not-licensed", 403);

  /** A person query without a valid purpose or consent reference. */
  public static final ProblemType PERSON_QUERY_INCOMPLETE =
      new ProblemType("person-query-incomplete", 400);

  /** Records of a type the agency is not granted were asked for. */
  public static final ProblemType RECORD_TYPE_NOT_GRANTED =
      new ProblemType("record-type-not-granted", 403);

  /** A batch query with more codes than allowed. */
  public static final ProblemType BATCH_TOO_LARGE = new ProblemType("batch-too-large", 400);

  /** A batch query naming a code more than once. */
  public static final ProblemType DUPLICATE_CODES = new ProblemType("duplicate-codes", 400);

  /** A batch in which one consent reference would cover several persons. */
  public static final ProblemType CONSENT_REFERENCE_PER_PERSON =
      new ProblemType("consent-reference-per-person", 400);

  private QueryProblems() {}

  /**
   * The one answer for a subject the platform does not know and for a subject of which the agency
   * may see nothing, so that an agency cannot tell them apart.
   */
  public static ProblemException subjectNotFound() {
    return new ProblemException(
        ProblemType.NOT_FOUND, new Text("problem.subject-not-found.detail"));
  }
}
