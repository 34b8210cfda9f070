package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters both audit listings take. */
public class AuditListing {

  @Parameter(description = "类别。/ Kind.", example = "REFUSED")
  @QueryParam("kind")
  String kind;

  @Parameter(description = "起始时间（含）。/ From (inclusive).", example = "2026-11-01T00:00:00Z")
  @QueryParam("from")
  String from;

  @Parameter(description = "截止时间（不含）。/ To (exclusive).", example = "2026-12-01T00:00:00Z")
  @QueryParam("to")
  String to;

  /**
   * The checked filter for the entries of {@code clientId} (all clients when null).
   *
   * @param pageSize what is wrong with the page size, named with the filters' faults
   */
  AuditReader.Filter filter(String clientId, Optional<Violation> pageSize) {
    return AuditQuery.filter(clientId, kind, from, to, pageSize);
  }
}
