package cn.gov.zhangye.credit.catalog.code;

import java.time.LocalDate;

/**
 * A code that fails the GB 32100 checks but was issued and is accepted, as {@code
 * codes/uscc-overrides.json} lists it.
 *
 * @param reason how it was confirmed, e.g. the registry record or the letter of the authority
 * @param addedOn when it was added to the list
 */
public record UsccOverride(String code, String reason, LocalDate addedOn) {}
