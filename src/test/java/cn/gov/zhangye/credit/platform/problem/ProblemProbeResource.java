package cn.gov.zhangye.credit.platform.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only operations that fail in each way the problem mapping must cover. */
@Path("/test/problem-probe")
public class ProblemProbeResource {

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
  @Path("/failure")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Sample failure() {
    throw new IllegalStateException("secret internal detail: password=hunter2");
  }
}
