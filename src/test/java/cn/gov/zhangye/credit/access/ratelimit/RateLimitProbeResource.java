package cn.gov.zhangye.credit.access.ratelimit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only operations under /api/v1 that cost one unit, three, or as many as they are asked. */
@Path("/api/v1/test/rate-limit-probe")
@PermitAll
@Produces(MediaType.TEXT_PLAIN)
public class RateLimitProbeResource {

  @Inject RateLimitedCall call;

  @GET
  @Operation(hidden = true)
  public String plain() {
    return "ok";
  }

  @GET
  @Path("/costly")
  @RateLimited(cost = 3)
  @Operation(hidden = true)
  public String costly() {
    return "ok";
  }

  @GET
  @Path("/batch")
  @Operation(hidden = true)
  public Uni<String> batch(@QueryParam("size") long size) {
    return call.costs(size).replaceWith(String.valueOf(size));
  }
}
