package cn.gov.zhangye.credit.access.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a client's name, plan and grants: what is left out or null stays as it is. */
@Schema(
    name = "ClientChanges",
    description =
        "对客户端名称、限流方案和授权的修改；未给出或为 null 的成员保持不变。列表整体替换。编号、类别和状态不在此修改。/ Changes to"
            + " a client's name, plan and grants; members left out or null stay as they are. A"
            + " list replaces the whole list. Id, kind and status are not changed here.")
public record ClientChanges(
    @Schema(
            description = "显示名称，1–200 个字符。/ Display name, 1–200 characters.",
            maxLength = ClientChecks.DISPLAY_NAME_MAX,
            example = "甘州区诚信征信服务有限公司")
        String displayName,
    @Schema(
            description = "限流方案名称。/ Name of the rate-limit plan.",
            pattern = ClientChecks.PLAN_PATTERN,
            example = "agency-plus")
        String plan,
    @Schema(
            description = "可在令牌中授予的权限范围。/ Scopes its tokens may carry.",
            example = "[\"credit:query\", \"credit:query:person\"]")
        List<String> scopes,
    @Schema(
            description = "可报送的记录类型代码。/ Codes of the record types it may submit.",
            example = "[\"ADMIN_LICENCE\", \"ADMIN_PENALTY\"]")
        List<String> submittableRecordTypes,
    @Schema(
            description =
                "六位行政区划代码，仅限县区平台（COUNTY）。/ Six-digit division code, for a county platform"
                    + " (COUNTY) only.",
            example = "620723")
        String divisionCode,
    @Schema(
            description = "授予的有条件共享记录类型代码。/ Codes of the conditional-sharing record types granted.",
            example = "[\"BAD_RECORD\", \"CREDIT_RATING\"]")
        List<String> conditionalRecordTypes,
    @Schema(
            description = "是否获准查询自然人信用信息。/ Whether it is licensed for personal credit queries.",
            example = "true")
        Boolean personQueryLicensed,
    @JsonAnySetter @Schema(hidden = true) Map<String, JsonNode> unknownMembers) {

  static final ClientChanges NONE =
      new ClientChanges(null, null, null, null, null, null, null, null);
}
