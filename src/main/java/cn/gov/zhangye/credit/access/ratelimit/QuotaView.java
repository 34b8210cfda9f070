package cn.gov.zhangye.credit.access.ratelimit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's plan and, for each window, its limit, what is left and when it resets. */
@Schema(
    name = "Quota",
    description =
        "调用方的限流套餐及各时间窗的额度。/ The caller's rate-limit plan and where it stands in each" + " window.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotaView(
    @Schema(description = "套餐名称。/ The plan.", example = "anonymous") String plan,
    @Schema(description = "客户端编号（携带令牌的调用方）。/ The client id, for a caller with a token.")
        String client,
    @Schema(
            description =
                "计数所依据的地址（匿名调用方）；IPv6 按 /64 网段计。/ The address counted, for an"
                    + " anonymous caller; IPv6 by its /64 network.",
            example = "203.0.113.7")
        String address,
    @Schema(
            description =
                "是否执行限流；为 false 时不计数也不拒绝。/ Whether plans are enforced; when false,"
                    + " nothing is counted or refused.",
            example = "true")
        boolean enforced,
    @Schema(
            description =
                "各时间窗：burst（每秒，连续补充）、minute（每个整分钟）、day（北京时间零时起每日）。/ The"
                    + " windows: burst (per second, refilled continuously), minute (each clock"
                    + " minute), day (from midnight China Standard Time).")
        List<WindowView> windows) {

  static QuotaView of(Caller caller, Verdict verdict, boolean enforced) {
    boolean client = caller.kind() == Caller.Kind.CLIENT;
    return new QuotaView(
        caller.plan().name(),
        client ? caller.id() : null,
        client ? null : caller.id(),
        enforced,
        verdict.windows().stream().map(WindowView::of).toList());
  }

  /** One window of the plan. */
  @Schema(name = "QuotaWindow", description = "套餐的一个时间窗。/ One window of the plan.")
  public record WindowView(
      @Schema(
              description =
                  "时间窗名称，同 RateLimit 响应头中的策略名。/ The window, as named in the RateLimit" + " fields.",
              example = "minute")
          String name,
      @Schema(description = "时间窗内的单位上限。/ Units allowed in the window.", example = "120") long limit,
      @Schema(description = "时间窗长度（秒）。/ Length of the window in seconds.", example = "60")
          long windowSeconds,
      @Schema(description = "剩余单位。/ Units left.", example = "117") long remaining,
      @Schema(
              description = "额度恢复满额的时刻。/ When the window is whole again.",
              example = "2026-05-23T07:31:00Z")
          Instant resetsAt,
      @Schema(description = "距恢复满额的秒数（向上取整）。/ Seconds until then, rounded up.", example = "42")
          long resetsInSeconds) {

    static WindowView of(WindowState state) {
      return new WindowView(
          state.window().policy(),
          state.limit(),
          state.window().seconds(),
          state.remaining(),
          state.resetsAt(),
          state.secondsToReset());
    }
  }
}
