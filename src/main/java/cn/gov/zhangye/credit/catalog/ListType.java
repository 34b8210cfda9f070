package cn.gov.zhangye.credit.catalog;

/**
 * A red, black or watch list of one issuing authority; its entries are records of {@code
 * recordType}.
 */
public record ListType(
    String code, BilingualName name, ListKind kind, Authority authority, String recordType) {}
