package cn.gov.zhangye.credit.access.ratelimit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells callers their own plan and where they stand; it charges nothing. */
@Path("/api/v1/quota")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
@PermitAll
public class QuotaResource {

  private final RateLimitedCall call;

  @Inject
  QuotaResource(RateLimitedCall call) {
    this.call = call;
  }

  @GET
  @RateLimited(cost = 0)
  @Operation(
      operationId = "getQuota",
      summary = "查询本方的限流额度。/ Your own rate-limit quota.",
      description =
          "调用方的套餐，以及每个时间窗（burst、minute、day）的上限、剩余单位和恢复满额的时刻与秒数。携带令牌时按客户端计，"
              + "否则按调用方地址计（anonymous 套餐）；只能查看自己的额度。本操作不消耗额度。/ The caller's plan and,"
              + " for each window (burst, minute, day), its limit, the units left, and when it is"
              + " whole again, as an instant and in seconds. A caller with a token is counted as"
              + " its client, anyone else by address on the anonymous plan; a caller sees only"
              + " its own quota. This operation uses none of it.")
  @APIResponse(
      responseCode = "200",
      description = "本方额度。/ Your quota.",
      headers = {
        @Header(name = RateLimitFields.POLICY, ref = RateLimitOpenApiFilter.POLICY_HEADER),
        @Header(name = RateLimitFields.LIMIT, ref = RateLimitOpenApiFilter.LIMIT_HEADER)
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = QuotaView.class),
              examples = {
                @ExampleObject(
                    name = "anonymous",
                    summary = "匿名调用方，按地址计。/ An anonymous caller, counted by address.",
                    value =
                        """
                        {"plan":"anonymous","address":"203.0.113.7","enforced":true,"windows":[\
                        {"name":"burst","limit":10,"windowSeconds":1,"remaining":10,\
                        "resetsAt":"2026-05-23T07:30:18.250Z","resetsInSeconds":0},\
                        {"name":"minute","limit":120,"windowSeconds":60,"remaining":117,\
                        "resetsAt":"2026-05-23T07:31:00Z","resetsInSeconds":42},\
                        {"name":"day","limit":5000,"windowSeconds":86400,"remaining":4630,\
                        "resetsAt":"2026-05-23T16:00:00Z","resetsInSeconds":30582}]}"""),
                @ExampleObject(
                    name = "client",
                    summary = "携带令牌的客户端。/ A client with a token.",
                    value =
                        """
                        {"plan":"agency-basic","client":"demo-agency","enforced":true,"windows":[\
                        {"name":"burst","limit":20,"windowSeconds":1,"remaining":19,\
                        "resetsAt":"2026-05-23T07:30:18.300Z","resetsInSeconds":1},\
                        {"name":"minute","limit":600,"windowSeconds":60,"remaining":594,\
                        "resetsAt":"2026-05-23T07:31:00Z","resetsInSeconds":42},\
                        {"name":"day","limit":50000,"windowSeconds":86400,"remaining":48211,\
                        "resetsAt":"2026-05-23T16:00:00Z","resetsInSeconds":30582}]}""")
              }))
  public Uni<QuotaView> quota() {
    return call.look().map(verdict -> QuotaView.of(call.caller(), verdict, call.enforced()));
  }
}
