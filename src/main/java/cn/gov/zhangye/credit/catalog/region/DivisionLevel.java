package cn.gov.zhangye.credit.catalog.region;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The level of an administrative division, as the catalogue data and the API write it. */
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
