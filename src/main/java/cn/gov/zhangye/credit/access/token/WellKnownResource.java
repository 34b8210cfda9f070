package cn.gov.zhangye.credit.access.token;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** What anyone may read to get and check our tokens: the public keys and the server metadata. */
@Path("/.well-known")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
@PermitAll
public class WellKnownResource {

  public static final String JWKS_PATH = "/.well-known/jwks.json";

  /** Verifiers may keep the keys this long; a new key is published well before it signs. */
  private static final String KEYS_CACHE = "public, max-age=300";

  private final PublishedKeys keys;
  private final TokenSettings settings;

  WellKnownResource(KeySet keySet, TokenSettings settings) {
    this.keys = PublishedKeys.of(keySet);
    this.settings = settings;
  }

  @GET
  @Path("/jwks.json")
  @Operation(
      operationId = "getJsonWebKeySet",
      summary = "令牌公钥。/ The token keys.",
      description =
          "验证访问令牌签名所用的公钥（JWK Set，RFC 7517），含尚在有效期内令牌的旧密钥。无需认证。/ The public"
              + " keys that verify access token signatures (a JWK Set, RFC 7517), retired keys whose"
              + " tokens may still be valid included. No authentication.")
  @APIResponse(
      responseCode = "200",
      description = "公钥集合。/ The key set.",
      headers =
          @Header(
              name = HttpHeaders.CACHE_CONTROL,
              description = "可缓存 5 分钟。/ May be cached for 5 minutes.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PublishedKeys.class),
              examples = @ExampleObject(name = "keys", value = TokenExamples.JWKS)))
  public RestResponse<PublishedKeys> jwks() {
    return RestResponse.ResponseBuilder.ok(keys)
        .header(HttpHeaders.CACHE_CONTROL, KEYS_CACHE)
        .build();
  }

  @GET
  @Path("/oauth-authorization-server")
  @Operation(
      operationId = "getAuthorizationServerMetadata",
      summary = "授权服务器元数据。/ Authorization server metadata.",
      description =
          "令牌端点、公钥地址、授权方式和权限范围（RFC 8414）。无需认证。/ The token endpoint, the key set, the"
              + " grant types and the scopes (RFC 8414). No authentication.")
  @APIResponse(
      responseCode = "200",
      description = "元数据。/ The metadata.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuthorizationServerMetadata.class),
              examples = @ExampleObject(name = "metadata", value = TokenExamples.METADATA)))
  public AuthorizationServerMetadata metadata() {
    return AuthorizationServerMetadata.of(settings);
  }
}
