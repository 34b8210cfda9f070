package cn.gov.zhangye.credit.catalog;

/** A text of the catalogue in Chinese and English. */
public record Names(String zh, String en) {}
