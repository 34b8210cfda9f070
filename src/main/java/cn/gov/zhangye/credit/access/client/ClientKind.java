package cn.gov.zhangye.credit.access.client;

/** What kind of organisation a client is. */
public enum ClientKind {
  /** A credit service agency (信用服务机构): queries. */
  AGENCY,
  /** A city department (市直部门): submits. */
  DEPARTMENT,
  /** A county platform (县区平台): submits for its division. */
  COUNTY,
  /** The credit office (信用办): reviews lists, handles objections and repairs. */
  CREDIT_OFFICE,
  /** An operator of the gateway. */
  OPERATOR
}
