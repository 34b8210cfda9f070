package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.platform.i18n.Text;

/**
 * What is wrong with a code: a stable machine-readable {@code code} (one of the constants below)
 * and a message for people. Messages never contain the checked value itself.
 */
public record CodeDefect(String code, Text message) {

  public static final String LENGTH = "length";
  public static final String CHARACTER = "character";
  public static final String CHECK_CHARACTER = "check-character";
  public static final String ORGANISATION_CODE_CHECK = "organisation-code-check";
  public static final String PLACEHOLDER = "placeholder";
  public static final String BIRTH_DATE = "birth-date";
}
