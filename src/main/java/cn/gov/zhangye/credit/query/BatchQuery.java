package cn.gov.zhangye.credit.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The codes of a batch query. */
@Schema(name = "BatchQuery", description = "批量查询的代码。/ The codes of a batch query.")
public record BatchQuery(
    @Schema(
            description =
                "1 至 100 个统一社会信用代码或身份证号码，不得重复。/ 1 to 100 credit codes or identity numbers, no"
                    + " duplicates.",
            required = true,
            example = "[\"91620702MA74A0TD98\", \"91620723MA72BQ1K5P\"]")
        List<String> codes) {}
