package cn.gov.zhangye.credit.catalog.region;

import cn.gov.zhangye.credit.catalog.BilingualName;

/** A provincial-level division, by the two digits that begin the codes of all divisions in it. */
public record Province(String code, BilingualName name) {}
