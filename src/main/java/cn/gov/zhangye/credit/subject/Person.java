package cn.gov.zhangye.credit.subject;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.code.IdentityNumber;

/** A natural person (自然人), known by the resident identity number. */
public record Person(IdentityNumber identity, String name) implements Subject {

  @Override
  public SubjectKind kind() {
    return SubjectKind.PERSON;
  }

  @Override
  public String divisionCode() {
    return identity.divisionCode();
  }

  @Override
  public String canonicalIdentity() {
    return "P|" + identity.unmasked() + "|" + name;
  }

  @Override
  public String toString() {
    return "Person[" + identity.masked() + "]";
  }
}
