package cn.gov.zhangye.credit.record;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which records a read keeps: active ones, of the given types, still published on {@code today}.
 *
 * @param excludedTypes record types left out (for example those never shared)
 */
public record RecordSelection(Set<String> excludedTypes, LocalDate today) {

  String[] excluded() {
    return excludedTypes.stream().sorted().toArray(String[]::new);
  }
}
