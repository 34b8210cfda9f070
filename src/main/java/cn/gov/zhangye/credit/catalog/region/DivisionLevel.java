package cn.gov.zhangye.credit.catalog.region;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The level of an administrative division, as the catalogue data and the API write it. */
@Schema(description = "行政区划的级别。/ The level of an administrative division.")
public enum DivisionLevel {
  @JsonProperty("province")
  PROVINCE,
  @JsonProperty("city")
  CITY,
  @JsonProperty("district")
  DISTRICT,
  @JsonProperty("county")
  COUNTY
}
