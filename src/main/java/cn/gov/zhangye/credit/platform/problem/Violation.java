package cn.gov.zhangye.credit.platform.problem;

import cn.gov.zhangye.credit.platform.i18n.Text;

/**
 * One thing wrong with a request: where (a JSON Pointer into what the caller sent, or the name of a
 * parameter or header), a stable code, and a message.
 */
public record Violation(String pointer, String code, Text message) {}
