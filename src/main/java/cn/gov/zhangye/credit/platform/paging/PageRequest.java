package cn.gov.zhangye.credit.platform.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every listing, as sent ({@code @BeanParam}); {@link Paging} checks them.
 */
public class PageRequest {

  @Parameter(
      description =
          "上一页应答的 next，原样传回；第一页不带此参数。游标只用于签发它的列表和同样的筛选条件。/ The next of the"
              + " previous page, passed back as it is; left out for the first page. A cursor works"
              + " only in the listing that issued it, with the same filters.",
      schema = @Schema(type = SchemaType.STRING),
      example =
          "wfdP8lLp1NgcAAtzdWJtaXNzaW9uc1VmTasCABgyMDI2LTExLTI5VDAyOjE1OjA0LjEyMFoAJDBiOGY2ZjdlLTNmMGEtNGE1My05YjBlLTFkMmMzYjRhNWY2MA")
  @QueryParam(PagingProblems.CURSOR)
  String cursor;

  @Parameter(
      description =
          "每页条数，1 至 credit.paging.max-size（默认 1000），缺省为 credit.paging.default-size（默认 20）。/ Items"
              + " per page, 1 to credit.paging.max-size (1000 by default); credit.paging.default-size"
              + " (20 by default) when left out.",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1"),
      example = "20")
  @QueryParam(PagingProblems.SIZE)
  String size;

  /** A request made in code rather than from query parameters; null for a parameter left out. */
  public static PageRequest of(String cursor, String size) {
    PageRequest request = new PageRequest();
    request.cursor = cursor;
    request.size = size;
    return request;
  }
}
