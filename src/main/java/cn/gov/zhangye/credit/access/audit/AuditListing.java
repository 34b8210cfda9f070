package cn.gov.zhangye.credit.access.audit;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters both audit listings take. */
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

  @Parameter(description = "上一页的 nextCursor。/ The previous page's nextCursor.", example = "1042")
  @QueryParam("cursor")
  String cursor;

  @Parameter(description = "每页条数，最多 200。/ Page size, at most 200.", example = "50")
  @QueryParam("size")
  Integer size;

  /** The checked filter for the entries of {@code clientId} (all clients when null). */
  AuditReader.Filter filter(String clientId) {
    return AuditQuery.filter(clientId, kind, from, to, cursor);
  }

  int size(int max) {
    return AuditQuery.size(size, max);
  }
}
