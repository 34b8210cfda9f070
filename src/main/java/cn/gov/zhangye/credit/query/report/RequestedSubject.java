package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.catalog.code.CodeDefect;
import cn.gov.zhangye.credit.catalog.code.IdentityNumber;
import cn.gov.zhangye.credit.catalog.code.InvalidCodeException;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The subject a report is asked for, told by the shape of its code: a resident identity number (17
 * digits and a check character) names a person, anything else must be a unified social credit code.
 * A code that fails its check is a 400 naming the defect.
 */
sealed interface RequestedSubject {

  Pattern IDENTITY_NUMBER_SHAPE = Pattern.compile("\\d{17}[\\dX]");

  record Organisation(String creditCode) implements RequestedSubject {}

  record Person(IdentityNumber identity) implements RequestedSubject {}

  static RequestedSubject parse(String raw, SubjectCodes codes) {
    String code = raw.strip().toUpperCase(Locale.ROOT);
    Optional<CodeDefect> identityDefect = Optional.empty();
    if (IDENTITY_NUMBER_SHAPE.matcher(code).matches()) {
      try {
        return new Person(codes.parseIdentityNumber(code));
      } catch (InvalidCodeException invalid) {
        identityDefect = Optional.of(invalid.defect());
      }
    }
    Optional<CodeDefect> creditCodeDefect = codes.checkUscc(code).defect();
    if (creditCodeDefect.isEmpty()) {
      return new Organisation(code);
    }
    CodeDefect defect = identityDefect.orElse(creditCodeDefect.get());
    throw new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        new Text("problem.report-subject-code.detail"),
        List.of(new Violation("code", defect.code(), defect.message())));
  }
}
