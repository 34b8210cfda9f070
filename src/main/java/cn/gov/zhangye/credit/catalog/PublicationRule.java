package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * How long records of a type are published, counted from their decision date.
 *
 * @param publicationClass the dishonesty class
 * @param period the minimum and maximum period; absent for {@link PublicationClass#NONE}
 * @param endField the field whose date ends publication earlier, such as a licence's expiry
 */
public record PublicationRule(
    @JsonProperty("class") PublicationClass publicationClass,
    Optional<MonthRange> period,
    Optional<String> endField) {}
