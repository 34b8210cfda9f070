package cn.gov.zhangye.credit.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a record that passed validation; one that fails gets a problem instead. */
@Schema(name = "ValidationResult", description = "校验通过。/ The record is valid.")
public record ValidationResult(
    @Schema(
            description =
                "总为 true；未通过时返回 422 问题详情。/ Always true; an invalid record gets a 422 problem.",
            example = "true")
        boolean valid) {

  static final ValidationResult VALID = new ValidationResult(true);
}
