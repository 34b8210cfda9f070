package cn.gov.zhangye.credit.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The identity number of a person to look up, in a body rather than a URL. */
@Schema(name = "PersonLookup", description = "按身份证号码查找自然人。/ A person looked up by identity number.")
public record PersonLookup(
    @Schema(
            description = "公民身份号码（18 位）。/ The resident identity number (18 characters).",
            required = true,
            example = "620702198506120016")
        String identityNumber) {}
