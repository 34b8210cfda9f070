package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.audit.AuditKind;
import cn.gov.zhangye.credit.access.audit.Audited;
import cn.gov.zhangye.credit.platform.paging.Keyset;
import cn.gov.zhangye.credit.platform.paging.PageRequest;
import cn.gov.zhangye.credit.platform.paging.Paging;
import cn.gov.zhangye.credit.platform.paging.PagingProblems;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The client registry for operators (scope {@code admin}); every change is audited. */
@Path(ClientAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
@SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.ADMIN)
public class ClientAdminResource {

  static final String PATH = "/api/v1/admin/clients";

  // A secret in an answer must not be kept by any cache on the way (as RFC 6749 §5.1 asks).
  private static final String NO_STORE = "no-store";

  private static final String ID = "客户端编号。/ Client id.";

  /** Clients are listed by id; a cursor carries the id of the last one. */
  static final Keyset<String> KEYSET =
      Keyset.of("clients", id -> List.of(id), values -> values.text(0));

  private final ClientRegistry registry;
  private final Paging paging;

  ClientAdminResource(ClientRegistry registry, Paging paging) {
    this.registry = registry;
    this.paging = paging;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Scopes.ADMIN)
  @Audited(AuditKind.ADMIN)
  @Operation(
      operationId = "createClient",
      summary = "登记客户端。/ Register a client.",
      description =
          "登记一个客户端并生成其密钥。密钥只在本应答中出现一次，网关只保存其 bcrypt 散列。需要权限范围 admin。/ Registers"
              + " a client and generates its secret. The secret appears in this answer only; the"
              + " gateway keeps only its bcrypt hash. Needs scope admin.")
  @RequestBody(
      required = true,
      description = "要登记的客户端。/ The client to register.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NewClient.class),
              examples = {
                @ExampleObject(
                    name = "agency",
                    summary = "信用服务机构。/ A credit service agency.",
                    value = ClientExamples.NEW_AGENCY),
                @ExampleObject(
                    name = "county",
                    summary = "县区平台。/ A county platform.",
                    value = ClientExamples.NEW_COUNTY)
              }))
  @APIResponse(
      responseCode = "201",
      description = "已登记；应答含密钥，仅此一次。/ Registered; the answer holds the secret, this once.",
      headers = {
        @Header(
            name = HttpHeaders.LOCATION,
            description = "新客户端的地址。/ Where the new client is.",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(
            name = HttpHeaders.CACHE_CONTROL,
            description = "no-store：含密钥的应答不得缓存。/ no-store: an answer with a secret is not cached.",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssuedSecret.class),
              examples = @ExampleObject(name = "created", value = ClientExamples.CREATED)))
  @APIResponse(
      responseCode = "400",
      description =
          "请求体不是所要求的 JSON，例如未知的 kind。/ The body is not the JSON expected, e.g. an unknown kind.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "malformed-request",
                      value = ClientExamples.MALFORMED_BODY)))
  @APIResponse(
      responseCode = "409",
      description = "已有该编号的客户端。/ A client of this id exists.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "client-conflict", value = ClientExamples.CLIENT_EXISTS)))
  @APIResponse(
      responseCode = "422",
      description = "客户端不符合规则，errors 逐项列出。/ The client breaks rules; errors lists each.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "validation-failed",
                      value = ClientExamples.CREATE_INVALID)))
  public Uni<RestResponse<IssuedSecret>> createClient(NewClient client) {
    return registry
        .create(client == null ? NewClient.NONE : client)
        .map(
            issued ->
                RestResponse.ResponseBuilder.<IssuedSecret>created(
                        URI.create(PATH + "/" + issued.client().id()))
                    .entity(issued)
                    .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                    .build());
  }

  @GET
  @RolesAllowed(Scopes.ADMIN)
  @Operation(
      operationId = "listClients",
      summary = "客户端列表。/ List clients.",
      description =
          "按编号排序列出客户端，可按类别和状态筛选，按游标分页（见 docs/paging.md）。需要权限范围 admin。/ Lists"
              + " clients ordered by id, optionally of one kind and in one status, with cursor paging"
              + " (see docs/paging.md). Needs scope admin.")
  @APIResponse(
      responseCode = "200",
      description = "一页客户端。/ One page of clients.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientPage.class),
              examples = @ExampleObject(name = "counties", value = ClientExamples.PAGE)))
  @APIResponse(
      responseCode = "400",
      description =
          "参数无效、每页条数超出范围或游标无效。/ A parameter is invalid, a page size out of range or a cursor"
              + " that cannot be used.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "malformed-request",
                      value = ClientExamples.MALFORMED_QUERY)))
  public Uni<ClientPage> listClients(
      @QueryParam("kind")
          @Parameter(
              description = "只列此类别。/ Only clients of this kind.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "AGENCY",
                        "DEPARTMENT",
                        "COUNTY",
                        "CREDIT_OFFICE",
                        "OPERATOR"
                      }),
              example = "COUNTY")
          String kind,
      @QueryParam("status")
          @Parameter(
              description = "只列此状态。/ Only clients in this status.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"ACTIVE", "SUSPENDED"}),
              example = "ACTIVE")
          String status,
      @BeanParam PageRequest page,
      @Parameter(hidden = true) @QueryParam("page") String pageNumber) {
    PagingProblems.refuseRetired("page", pageNumber);
    ClientListQuery query = ClientListQuery.parse(kind, status, paging.sizeViolation(page));
    return registry.list(query, paging.request(page, KEYSET, query));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Scopes.ADMIN)
  @Operation(
      operationId = "getClient",
      summary = "客户端详情。/ A client.",
      description =
          "一个客户端的授权、限流方案和状态，不含密钥。需要权限范围 admin。/ A client's grants, plan and status,"
              + " without its secret. Needs scope admin.")
  @APIResponse(
      responseCode = "200",
      description = "客户端。/ The client.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientView.class),
              examples = @ExampleObject(name = "agency", value = ClientExamples.AGENCY)))
  @APIResponse(responseCode = "404", ref = ClientResponsesFilter.CLIENT_NOT_FOUND)
  public Uni<ClientView> getClient(
      @PathParam("id") @Parameter(description = ID, example = "demo-agency") String id) {
    return registry.get(id);
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Scopes.ADMIN)
  @Audited(AuditKind.ADMIN)
  @Operation(
      operationId = "changeClient",
      summary = "修改客户端的名称、限流方案和授权。/ Change a client's name, plan and grants.",
      description =
          "只修改给出的成员，列表整体替换；编号、类别和状态不在此修改。需要权限范围 admin。/ Changes only the members"
              + " given; a list replaces the whole list. Id, kind and status are not changed here."
              + " Needs scope admin.")
  @RequestBody(
      required = true,
      description = "要修改的成员。/ The members to change.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientChanges.class),
              examples =
                  @ExampleObject(
                      name = "upgrade",
                      summary = "升级为高级方案并准予查询自然人。/ Upgrade the plan and license personal queries.",
                      value = ClientExamples.CHANGES)))
  @APIResponse(
      responseCode = "200",
      description = "修改后的客户端。/ The client as changed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientView.class),
              examples = @ExampleObject(name = "agency", value = ClientExamples.AGENCY)))
  @APIResponse(
      responseCode = "400",
      description = "请求体不是所要求的 JSON。/ The body is not the JSON expected.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "malformed-request",
                      value = ClientExamples.MALFORMED_BODY)))
  @APIResponse(responseCode = "404", ref = ClientResponsesFilter.CLIENT_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "客户端同时被另一请求修改。/ Another request changed the client meanwhile.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "client-conflict",
                      value = ClientExamples.CLIENT_CHANGED_MEANWHILE)))
  @APIResponse(
      responseCode = "422",
      description = "修改不符合规则，errors 逐项列出。/ The changes break rules; errors lists each.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "validation-failed",
                      value = ClientExamples.CHANGE_INVALID)))
  public Uni<ClientView> changeClient(
      @PathParam("id") @Parameter(description = ID, example = "demo-agency") String id,
      ClientChanges changes) {
    return registry.change(id, changes == null ? ClientChanges.NONE : changes);
  }

  @POST
  @Path("/{id}/suspension")
  @RolesAllowed(Scopes.ADMIN)
  @Audited(AuditKind.ADMIN)
  @Operation(
      operationId = "suspendClient",
      summary = "停用客户端。/ Suspend a client.",
      description =
          "停用客户端：它不能再取得令牌，已签发的令牌立即失效（全集群）。对已停用的客户端重复调用无害。需要权限范围 admin。/"
              + " Suspends a client: it gets no more tokens, and the tokens it holds stop working at"
              + " once, cluster-wide. Repeating it for a suspended client does no harm. Needs scope"
              + " admin.")
  @APIResponse(
      responseCode = "200",
      description = "已停用的客户端。/ The suspended client.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientView.class),
              examples =
                  @ExampleObject(name = "suspended", value = ClientExamples.SUSPENDED_AGENCY)))
  @APIResponse(responseCode = "404", ref = ClientResponsesFilter.CLIENT_NOT_FOUND)
  public Uni<ClientView> suspendClient(
      @PathParam("id") @Parameter(description = ID, example = "demo-agency") String id) {
    return registry.suspend(id);
  }

  @POST
  @Path("/{id}/reactivation")
  @RolesAllowed(Scopes.ADMIN)
  @Audited(AuditKind.ADMIN)
  @Operation(
      operationId = "reactivateClient",
      summary = "恢复客户端。/ Reactivate a client.",
      description =
          "恢复已停用的客户端：此后取得的令牌有效，停用前签发的令牌仍然无效。需要权限范围 admin。/ Reactivates a"
              + " suspended client: tokens it gets from now on work; tokens issued before the"
              + " suspension stay void. Needs scope admin.")
  @APIResponse(
      responseCode = "200",
      description = "恢复后的客户端。/ The reactivated client.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientView.class),
              examples = @ExampleObject(name = "active", value = ClientExamples.AGENCY)))
  @APIResponse(responseCode = "404", ref = ClientResponsesFilter.CLIENT_NOT_FOUND)
  public Uni<ClientView> reactivateClient(
      @PathParam("id") @Parameter(description = ID, example = "demo-agency") String id) {
    return registry.reactivate(id);
  }

  @POST
  @Path("/{id}/secret-rotation")
  @RolesAllowed(Scopes.ADMIN)
  @Audited(AuditKind.ADMIN)
  @Operation(
      operationId = "rotateClientSecret",
      summary = "更换客户端密钥。/ Rotate a client's secret.",
      description =
          "生成新密钥，旧密钥立即失效；新密钥只在本应答中出现一次。此前签发的令牌随即撤销（全集群，重启后依然有效；"
              + "credit.access.token.revoke-on-secret-rotation=false 时到期前仍然有效）。需要权限范围 admin。/ Issues a"
              + " new secret; the old one stops working at once. The new secret appears in this"
              + " answer only. The tokens issued before are revoked, cluster-wide and across"
              + " restarts (with credit.access.token.revoke-on-secret-rotation=false they stay"
              + " valid until they expire). Needs scope admin.")
  @APIResponse(
      responseCode = "200",
      description = "客户端及其新密钥，仅此一次。/ The client with its new secret, this once.",
      headers =
          @Header(
              name = HttpHeaders.CACHE_CONTROL,
              description =
                  "no-store：含密钥的应答不得缓存。/ no-store: an answer with a secret is not cached.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssuedSecret.class),
              examples = @ExampleObject(name = "rotated", value = ClientExamples.ROTATED)))
  @APIResponse(responseCode = "404", ref = ClientResponsesFilter.CLIENT_NOT_FOUND)
  public Uni<RestResponse<IssuedSecret>> rotateClientSecret(
      @PathParam("id") @Parameter(description = ID, example = "demo-agency") String id) {
    return registry
        .rotateSecret(id)
        .map(
            issued ->
                RestResponse.ResponseBuilder.ok(issued)
                    .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                    .build());
  }
}
