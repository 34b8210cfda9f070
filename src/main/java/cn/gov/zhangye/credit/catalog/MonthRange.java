package cn.gov.zhangye.credit.catalog;

/** A publication period: at least {@code minMonths}, at most {@code maxMonths}. */
public record MonthRange(int minMonths, int maxMonths) {

  public boolean isWithin(MonthRange bounds) {
    return minMonths >= bounds.minMonths && maxMonths <= bounds.maxMonths;
  }

  @Override
  public String toString() {
    return minMonths + "–" + maxMonths + " months";
  }
}
