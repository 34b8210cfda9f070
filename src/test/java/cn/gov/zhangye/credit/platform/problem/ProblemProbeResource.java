package cn.gov.zhangye.credit.platform.problem;

import cn.gov.zhangye.credit.platform.database.FreePort;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only operations that fail in each way the problem mapping must cover. */
@PermitAll
@Path("/test/problem-probe")
public class ProblemProbeResource {

  @Inject Vertx vertx;

  /** A small JSON body with typed fields. */
  public record Sample(String name, int count) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Sample echo(Sample sample) {
    return sample;
  }

  @GET
  @Path("/unreachable-database")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Uni<Sample> unreachableDatabase() {
    Pool pool =
        PgBuilder.pool()
            .connectingTo("postgresql://localhost:" + FreePort.find() + "/nothing")
            .using(vertx)
            .build();
    return Uni.createFrom()
        .completionStage(pool.query("SELECT 1").execute().toCompletionStage())
        .map(rows -> new Sample("unreachable", 0))
        .onTermination()
        .invoke(pool::close);
  }

  @GET
  @Path("/failure")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Sample failure() {
    throw new IllegalStateException("secret internal detail: password=hunter2");
  }
}
