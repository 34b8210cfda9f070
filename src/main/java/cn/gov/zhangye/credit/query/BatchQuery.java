package cn.gov.zhangye.credit.query;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The codes of a batch query, with the consent reference of each person in it. */
@Schema(name = "BatchQuery", description = "批量查询的代码。/ The codes of a batch query.")
public record BatchQuery(
    @Schema(
            description =
                "1 至 100 个统一社会信用代码、自然人句柄或身份证号码，不得重复。/ 1 to 100 credit codes, person"
                    + " handles or identity numbers, no duplicates.",
            required = true,
            example = "[\"91620702MA74A0TD98\", \"91620723MA72BQ1K5H\"]")
        List<String> codes,
    @Schema(
            description =
                "每个自然人各自的授权书编号，键为 codes 中该人的代码（句柄或身份证号码）；同一编号不得用于两人。"
                    + "批量中只有一个自然人时也可用请求头 Consent-Reference；多个自然人共用一个请求头返回 400"
                    + " consent-reference-per-person。/ The consent reference of each person, keyed by the"
                    + " person's entry in codes (handle or identity number); no reference may serve two"
                    + " persons. With a single person the Consent-Reference header may serve instead;"
                    + " one header for several persons answers 400 consent-reference-per-person.",
            example =
                "{\"person_Xq3v0Jb5mP2a9Lk4sT7wYcE1hN8dR6uV0iO3gF2jK5lZ\": \"AUTH-2026-000123\"}")
        Map<String, String> consentReferences) {

  public BatchQuery {
    consentReferences = consentReferences == null ? Map.of() : consentReferences;
  }
}
