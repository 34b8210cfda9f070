package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;

/** The problems the client registry answers with, besides the platform's own. */
public final class ClientProblems {

  public static final ProblemType CLIENT_NOT_FOUND = new ProblemType("client-not-found", 404);
  public static final ProblemType CLIENT_CONFLICT = new ProblemType("client-conflict", 409);

  private ClientProblems() {}

  static ProblemException notFound(String id) {
    return new ProblemException(CLIENT_NOT_FOUND, new Text("problem.client-not-found.detail", id));
  }

  static ProblemException exists(String id) {
    return new ProblemException(CLIENT_CONFLICT, new Text("problem.client-conflict.exists", id));
  }

  static ProblemException changedMeanwhile(String id) {
    return new ProblemException(
        CLIENT_CONFLICT, new Text("problem.client-conflict.changed-meanwhile", id));
  }
}
