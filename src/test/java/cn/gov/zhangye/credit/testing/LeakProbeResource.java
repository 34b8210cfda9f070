package cn.gov.zhangye.credit.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only operations that each show one identity number in clear text in one place of their
 * answer, which {@link UnmaskedIdentityScan} must find; and one that shows it masked.
 */
@PermitAll
@Path("/test/leak-probe")
public class LeakProbeResource {

  static final String NUMBER = TestCodes.identityNumber("620702", "19850612", 123);
  static final String MASKED = NUMBER.substring(0, 6) + "********" + NUMBER.substring(14);

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  @GET
  @Path("/body")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String body() {
    return "证件号码：" + NUMBER;
  }

  @GET
  @Path("/full-width")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String fullWidth() {
    return "证件号码：" + TestCodes.fullWidth(NUMBER);
  }

  @GET
  @Path("/masked")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String masked() {
    return "证件号码：" + MASKED;
  }

  /** The number in the header {@code name}, as a path would carry it. */
  @GET
  @Path("/header")
  @Operation(hidden = true)
  public Response header(@QueryParam("name") String name) {
    return Response.noContent().header(name, "/api/v1/people/" + NUMBER).build();
  }

  @GET
  @Path("/pdf-text")
  @Produces("application/pdf")
  @Operation(hidden = true)
  public byte[] pdfText() throws IOException {
    return pdf("Identity number " + NUMBER, Map.of());
  }

  @GET
  @Path("/pdf-metadata")
  @Produces("application/pdf")
  @Operation(hidden = true)
  public byte[] pdfMetadata() throws IOException {
    return pdf("Credit report", Map.of("Subject", "Report on " + NUMBER));
  }

  /** A JWS whose payload names the number, as a signed document would. */
  @GET
  @Path("/jws")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Map<String, String> jws() {
    return Map.of(
        "jws",
        encoded("{\"alg\":\"ES256\"}")
            + "."
            + encoded("{\"subject\":\"" + NUMBER + "\"}")
            + "."
            + encoded("not a signature"));
  }

  /** An opaque cursor that holds the number, in the body and in a {@code Link} header. */
  @GET
  @Path("/cursor")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response cursor() {
    String cursor = encoded("{\"after\":\"" + NUMBER + "\"}");
    return Response.ok(Map.of("next", cursor))
        .header("Link", "</api/v1/people?cursor=" + cursor + ">; rel=\"next\"")
        .build();
  }

  private static String encoded(String text) {
    return BASE64URL.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] pdf(String text, Map<String, String> information) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText(text);
        content.endText();
      }
      information.forEach(
          (key, value) -> document.getDocumentInformation().setCustomMetadataValue(key, value));
      document.save(bytes);
      return bytes.toByteArray();
    }
  }
}
