package cn.gov.zhangye.credit.subject;

import cn.gov.zhangye.credit.catalog.SubjectKind;

/** A credit subject (信用主体) as a record names it. */
public sealed interface Subject permits Organisation, Person {

  SubjectKind kind();

  /** The six-digit administrative division the subject belongs to, as its code tells. */
  String divisionCode();

  /** The subject as it enters a record's content hash: every identifying part, normalised. */
  String canonicalIdentity();
}
