package cn.gov.zhangye.credit.subject;

/**
 * A search of organisations by name or code, in the order of its sort key.
 *
 * @param text a part or the start of the name, or the start of the code
 * @param byCode whether {@code text} is the start of the credit code; sorted by code then
 * @param prefix for a name: whether it must start with {@code text} rather than contain it
 * @param divisionPrefix only organisations whose division code starts so; null for all
 */
public record NameSearch(String text, boolean byCode, boolean prefix, String divisionPrefix) {

  /** A found organisation and the value it is sorted by: its name or its code. */
  public record Found(StoredSubject subject, String sortKey) {}

  /** Where a page of results starts: after this sort key and id. */
  public record After(String sortKey, long id) {}
}
