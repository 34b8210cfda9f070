package cn.gov.zhangye.credit.access.matrix;

import java.util.Arrays;

/** The kinds of caller of the authorization matrix, each a column of docs/authorization.md. */
enum CallerKind {
  ANONYMOUS("anonymous"),
  AGENCY_BASIC("agency basic"),
  AGENCY_LICENSED("agency licensed"),
  DEPARTMENT("department"),
  COUNTY("county"),
  OFFICE("office"),
  OPERATOR("operator"),
  SUSPENDED("suspended"),
  EXTERNAL("external");

  private final String column;

  CallerKind(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  static CallerKind ofColumn(String heading) {
    return Arrays.stream(values())
        .filter(kind -> kind.column.equals(heading))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no caller kind '" + heading + "'"));
  }
}
