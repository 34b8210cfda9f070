package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only operations that need a scope, before the features that need scopes exist. */
@Path("/test/scope-probe")
@Produces(MediaType.TEXT_PLAIN)
public class ScopeProbeResource {

  @GET
  @RolesAllowed(Scopes.ADMIN)
  @Operation(hidden = true)
  public String admin() {
    return "admin";
  }

  @GET
  @Path("/either")
  @RolesAllowed({Scopes.STATS_READ, Scopes.ADMIN})
  @Operation(hidden = true)
  public String either() {
    return "either";
  }

  @GET
  @Path("/unannotated")
  @Operation(hidden = true)
  public String unannotated() {
    return "nobody should see this";
  }
}
