package cn.gov.zhangye.credit.catalog;

import java.util.Map;

/**
 * The legal bounds of the publication period of each dishonesty class, and the rule they come from.
 */
public record PublicationPeriods(BilingualName basis, Map<PublicationClass, MonthRange> classes) {

  public PublicationPeriods {
    classes = Map.copyOf(classes);
  }
}
