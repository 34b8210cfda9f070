package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification of credit reports by whoever holds one: no token, limited as anonymous calls are.
 * The answer names neither the subject nor the agency.
 */
@Path("/api/v1/reports/{number}/verification")
@Tag(name = "query")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ReportVerificationResource {

  /** RFC 7515 §9.2.1: a JWS in compact serialisation. */
  static final String JOSE = "application/jose";

  private final ReportVerifier verifier;

  ReportVerificationResource(ReportVerifier verifier) {
    this.verifier = verifier;
  }

  static String path(String number) {
    return "/api/v1/reports/" + number + "/verification";
  }

  @GET
  @Operation(
      operationId = "verifyCreditReport",
      summary = "核验信用报告编号或摘要 / Verify a report by number or hash",
      description =
          "无需令牌。只给编号：答复该编号的报告是否由网关出具、是否在有效期内，并给出签发内容的摘要供比对；同时给 hash（报告内容规范化 JSON"
              + " 的 SHA-256，即报告与 PDF 上印的摘要，亦在二维码中）：答复所持报告是否即所签发者（VALID / ALTERED /"
              + " EXPIRED）。/ No token. With the number alone: whether the gateway issued it and whether"
              + " it is still valid, with the issued content's hash to compare. With hash (the SHA-256"
              + " of the canonical JSON content, printed on the report and in its QR code): whether"
              + " the report held is the one issued (VALID / ALTERED / EXPIRED).")
  @APIResponse(
      responseCode = "200",
      description = "核验结果。/ The verdict.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportVerification.class),
              examples = @ExampleObject(name = "valid", value = ReportExamples.VERIFICATION)))
  @APIResponse(
      responseCode = "400",
      description = "hash 不是 64 位十六进制。/ A hash that is not 64 hex digits.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "bad-hash", value = ReportExamples.BAD_HASH)))
  @APIResponse(responseCode = "404", ref = ReportResponsesFilter.REPORT_NOT_FOUND)
  public Uni<ReportVerification> verify(
      @Parameter(description = "报告编号。/ The report number.", example = "ZYXY-20261129-7K3M9Q2D")
          @PathParam("number")
          String number,
      @Parameter(
              description =
                  "报告内容的 SHA-256（64 位十六进制）。/ SHA-256 of the report's content, 64 hex digits.",
              example = "6c1f0e5b8d2a4c7e9b3f1a0d5e8c2b7a4f6d9e1c3b5a7d8f0e2c4b6a8d1f3e5c")
          @QueryParam("hash")
          String hash) {
    return hash == null ? verifier.number(number) : verifier.hash(number, hash);
  }

  @POST
  @Consumes({ReportVerificationResource.JOSE, MediaType.APPLICATION_JSON, ReportResource.PDF})
  @Operation(
      operationId = "verifyPresentedCreditReport",
      summary = "核验所持信用报告 / Verify the report held",
      description =
          "无需令牌。提交所持报告本身：application/jose 为报告的 JWS（signature.jws），application/json 为收到的整份 JSON"
              + " 报告（含或不含 signature），application/pdf 为收到的 PDF 原件（逐字节比对）。签名不是网关密钥所签时答复 422；"
              + "内容与签发不一致为 ALTERED，过期为 EXPIRED，否则 VALID。/ No token. Present the report itself:"
              + " application/jose its JWS (signature.jws), application/json the whole JSON report"
              + " as received (with or without signature), application/pdf the PDF as received"
              + " (compared byte for byte). A signature the gateway's keys did not make is a 422;"
              + " content that differs from what was issued is ALTERED, a report past its validity"
              + " EXPIRED, otherwise VALID.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = JOSE,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "jws", value = ReportExamples.JWS)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreditReport.class),
            examples = @ExampleObject(name = "report", value = ReportExamples.REPORT)),
        @Content(
            mediaType = ReportResource.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "pdf", value = ReportExamples.PDF))
      })
  @APIResponse(
      responseCode = "200",
      description = "核验结果。/ The verdict.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportVerification.class),
              examples = {
                @ExampleObject(name = "valid", value = ReportExamples.VERIFICATION),
                @ExampleObject(name = "altered", value = ReportExamples.ALTERED)
              }))
  @APIResponse(
      responseCode = "400",
      description = "请求体为空或不是 JSON 报告。/ An empty body, or JSON that is not a report.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "bad-hash", value = ReportExamples.BAD_HASH)))
  @APIResponse(responseCode = "404", ref = ReportResponsesFilter.REPORT_NOT_FOUND)
  @APIResponse(
      responseCode = "422",
      description = "签名不是网关密钥所签（伪造）。/ A signature none of the gateway's keys made (forged).",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "forged", value = ReportExamples.FORGED)))
  public Uni<ReportVerification> verifyPresented(
      @PathParam("number") String number, @Context HttpHeaders headers, byte[] body) {
    if (body == null || body.length == 0) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, new Text("problem.report-verification.empty"));
    }
    MediaType type = headers.getMediaType();
    if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return verifier.report(number, body);
    }
    if (type.isCompatible(MediaType.valueOf(ReportResource.PDF))) {
      return verifier.pdf(number, body);
    }
    return verifier.jws(number, new String(body, StandardCharsets.US_ASCII));
  }
}
