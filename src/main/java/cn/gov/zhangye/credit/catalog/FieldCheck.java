package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.Optional;

/** One rule about a record's fields that its JSON Schema cannot express. */
interface FieldCheck {

  /** What breaks the rule, if anything; a value the schema rejected is not looked at again. */
  Optional<Violation> check(CheckedFields fields);
}
