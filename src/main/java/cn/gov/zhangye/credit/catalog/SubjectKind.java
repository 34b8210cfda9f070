package cn.gov.zhangye.credit.catalog;

/** The two kinds of credit subject, kept in separate databases (法人库 and 自然人库). */
public enum SubjectKind {
  /** 法人和非法人组织, including individual businesses (个体工商户). */
  ORGANISATION,
  /** 自然人: a natural person, whose data is personal information. */
  PERSON
}
