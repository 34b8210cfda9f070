package cn.gov.zhangye.credit.access.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered client as the admin API shows it: everything but its secret. */
@Schema(name = "Client", description = "已登记的客户端，不含密钥。/ A registered client, without its secret.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientView(
    @Schema(
            description = "客户端编号（OAuth2 client_id）。/ Client id (OAuth2 client_id).",
            example = "demo-agency")
        String id,
    @Schema(description = "显示名称。/ Display name.", example = "演示信用服务机构") String displayName,
    @Schema(description = "机构类别。/ Kind of organisation.", example = "AGENCY") ClientKind kind,
    @Schema(
            description = "状态：ACTIVE 可调用，SUSPENDED 已停用。/ ACTIVE may call; SUSPENDED may not.",
            example = "ACTIVE")
        ClientStatus status,
    @Schema(description = "限流方案名称。/ Rate-limit plan.", example = "agency-plus") String plan,
    @Schema(
            description = "权限范围，按字母顺序。/ Scopes, in alphabetical order.",
            example = "[\"credit:query\"]")
        List<String> scopes,
    @Schema(description = "可报送的记录类型。/ Record types it may submit.", example = "[]")
        List<String> submittableRecordTypes,
    @Schema(description = "县区平台的行政区划代码。/ A county platform's division code.", example = "620725")
        String divisionCode,
    @Schema(
            description = "授予的有条件共享记录类型。/ Conditional-sharing record types granted.",
            example = "[\"BAD_RECORD\"]")
        List<String> conditionalRecordTypes,
    @Schema(description = "是否获准查询自然人信用信息。/ Licensed for personal credit queries.", example = "true")
        boolean personQueryLicensed,
    @Schema(description = "登记时间。/ When it was registered.", example = "2026-04-01T08:00:00Z")
        Instant createdAt,
    @Schema(description = "最近修改时间。/ When it last changed.", example = "2026-04-01T08:00:00Z")
        Instant updatedAt,
    @Schema(
            description = "密钥最近生成时间。/ When its secret was last issued.",
            example = "2026-04-01T08:00:00Z")
        Instant secretRotatedAt) {

  static ClientView of(RegisteredClient client) {
    return new ClientView(
        client.id(),
        client.displayName(),
        client.kind(),
        client.status(),
        client.plan(),
        client.scopes(),
        client.submittableRecordTypes(),
        client.divisionCode().orElse(null),
        client.conditionalRecordTypes(),
        client.personQueryLicensed(),
        client.createdAt(),
        client.updatedAt(),
        client.secretRotatedAt());
  }
}
