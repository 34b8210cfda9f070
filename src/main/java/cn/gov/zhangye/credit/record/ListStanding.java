package cn.gov.zhangye.credit.record;

/**
 * Whether an organisation has a published record of a black-list or a red-list type.
 *
 * @param black on a black list (严重失信主体名单) or another list of that kind
 * @param red on a red list (守信红名单)
 */
public record ListStanding(boolean black, boolean red) {}
