package cn.gov.zhangye.credit.catalog.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrative division as the API shows it, named in one language. */
@Schema(
    name = "Division",
    description = "行政区划（GB/T 2260）。/ An administrative division (GB/T 2260).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DivisionView(
    @Schema(description = "六位区划代码。/ The six-digit division code.", example = "620723") String code,
    @Schema(
            description =
                "名称，语言按 Accept-Language 选择。/ The name, in the language chosen by Accept-Language.",
            example = "临泽县")
        String name,
    @Schema(description = "级别。/ The level.", example = "county") DivisionLevel level,
    @Schema(
            description = "上级区划代码；省级不出现。/ The code of the division above; absent for a province.",
            example = "620700")
        String parent,
    @Schema(
            description =
                "是否试点县（其平台与本平台交换信用数据）。/ Whether it is a pilot county, whose platform exchanges"
                    + " credit data with the gateway.",
            example = "true")
        boolean pilot) {

  static DivisionView of(Division division, Locale language) {
    return new DivisionView(
        division.code(),
        division.name().in(language),
        division.level(),
        division.parent(),
        division.pilot());
  }
}
