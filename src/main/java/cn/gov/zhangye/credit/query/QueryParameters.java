package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.List;

/** The answer to a malformed parameter of a query operation. */
final class QueryParameters {

  private QueryParameters() {}

  static ProblemException malformed(String parameter, String code, Text message) {
    return new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        new Text("problem.malformed-request.detail"),
        List.of(new Violation(parameter, code, message)));
  }
}
