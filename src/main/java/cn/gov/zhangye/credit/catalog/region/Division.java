package cn.gov.zhangye.credit.catalog.region;

import cn.gov.zhangye.credit.catalog.BilingualName;

/**
 * An administrative division (GB/T 2260) of the catalogue.
 *
 * @param parent the code of the division above it; {@code null} for a province
 * @param pilot whether it is a pilot county whose platform exchanges data with the gateway; false
 *     when the file leaves it out
 */
public record Division(
    String code, BilingualName name, DivisionLevel level, String parent, boolean pilot) {}
