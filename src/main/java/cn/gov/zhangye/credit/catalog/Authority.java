package cn.gov.zhangye.credit.catalog;

/** An authority that issues lists, such as the Supreme People's Court ({@code SPC}). */
public record Authority(String code, BilingualName name) {}
