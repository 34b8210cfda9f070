package cn.gov.zhangye.credit.access;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.openapi.ContractOperations;
import cn.gov.zhangye.credit.platform.openapi.ProblemSample;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes every operation that declares {@code @SecurityRequirement(name = ApiSecurity.OAUTH2,
 * scopes = ...)}: the bearer scheme as the alternative (a token got elsewhere; scopes are listed on
 * OAuth 2.0 schemes only), the 401 answer, and the 403 answer when it needs a scope. Runs at build,
 * before the platform's filter adds what every response has.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SecuredOperationsFilter implements OASFilter {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    ContractOperations.each(openAPI, SecuredOperationsFilter::complete);
  }

  private static void complete(String path, Operation operation) {
    List<SecurityRequirement> security = operation.getSecurity();
    if (security == null) {
      return;
    }
    security.stream()
        .filter(requirement -> requirement.hasScheme(ApiSecurity.OAUTH2))
        .findFirst()
        .map(requirement -> requirement.getScheme(ApiSecurity.OAUTH2))
        .ifPresent(scopes -> complete(path, operation, scopes));
  }

  private static void complete(String template, Operation operation, List<String> scopes) {
    String path = examplePath(template, operation);
    if (operation.getSecurity().stream().noneMatch(r -> r.hasScheme(ApiSecurity.BEARER))) {
      operation.addSecurityRequirement(
          OASFactory.createSecurityRequirement().addScheme(ApiSecurity.BEARER, List.of()));
    }
    APIResponses responses = operation.getResponses();
    if (responses.getAPIResponse("401") == null) {
      responses.addAPIResponse(
          "401",
          sample(
              AccessProblems.missingToken(),
              "缺少访问令牌，或令牌无效、过期、已撤销。/ No access token, or a token that is invalid,"
                  + " expired or revoked.",
              path));
    }
    if (!scopes.isEmpty() && responses.getAPIResponse("403") == null) {
      responses.addAPIResponse(
          "403",
          sample(
              AccessProblems.insufficientScope(scopes),
              "令牌缺少所需权限范围：" + String.join("、", scopes) + "。/ The token lacks the scope needed.",
              path));
    }
  }

  /** The path with each template variable replaced by its parameter's example (else its name). */
  private static String examplePath(String template, Operation operation) {
    return PATH_VARIABLE
        .matcher(template)
        .replaceAll(
            variable ->
                Matcher.quoteReplacement(
                    exampleOf(operation, variable.group(1)).orElse(variable.group(1))));
  }

  private static Optional<String> exampleOf(Operation operation, String name) {
    if (operation.getParameters() == null) {
      return Optional.empty();
    }
    return operation.getParameters().stream()
        .filter(parameter -> name.equals(parameter.getName()))
        .filter(parameter -> parameter.getExample() != null)
        .map(parameter -> parameter.getExample().toString())
        .findFirst();
  }

  private static APIResponse sample(ProblemException problem, String description, String path) {
    ProblemType type = problem.type();
    return new ProblemSample(
            type,
            new Text(type.titleKey()).in(Languages.CHINESE),
            problem.detail().in(Languages.CHINESE),
            description,
            path)
        .response()
        .addHeader(
            HttpHeaders.WWW_AUTHENTICATE,
            OASFactory.createHeader()
                .description("认证质询（RFC 6750 §3）。/ The authentication challenge (RFC 6750 §3).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example(problem.headers().get(HttpHeaders.WWW_AUTHENTICATE)));
  }
}
