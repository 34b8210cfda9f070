package cn.gov.zhangye.credit.testing;

import io.restassured.http.Header;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a person or a program can read out of an HTTP answer, by where it stands: each header,
 * the body (a PDF's text and metadata rather than its bytes), and what base64 or base64url inside
 * any of them decodes to (JWS and JWT parts, opaque cursors), a second level deep.
 */
final class AnswerTexts {

  private static final Pattern ENCODED = Pattern.compile("[A-Za-z0-9+/_-]{16,}={0,2}");
  private static final int DECODING_DEPTH = 2;

  private AnswerTexts() {}

  /** The texts of {@code answer}, keyed by where each was found. */
  static Map<String, String> of(Response answer) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Header header : answer.getHeaders()) {
      texts.merge("header " + header.getName(), header.getValue(), (a, b) -> a + "\n" + b);
    }
    String contentType = answer.getContentType();
    if (contentType != null && contentType.startsWith("application/pdf")) {
      readPdf(answer.asByteArray(), texts);
    } else {
      texts.put("body", answer.asString());
    }
    Map<String, String> decoded = new LinkedHashMap<>();
    texts.forEach((place, text) -> decode(place, text, DECODING_DEPTH, decoded));
    texts.putAll(decoded);
    return texts;
  }

  private static void readPdf(byte[] bytes, Map<String, String> texts) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      texts.put("PDF text", new PDFTextStripper().getText(document));
      StringBuilder information = new StringBuilder();
      var dictionary = document.getDocumentInformation().getCOSObject();
      for (COSName key : dictionary.keySet()) {
        information.append(key.getName()).append(": ").append(dictionary.getString(key));
        information.append('\n');
      }
      texts.put("PDF document information", information.toString());
      PDMetadata xmp = document.getDocumentCatalog().getMetadata();
      if (xmp != null) {
        texts.put(
            "PDF XMP metadata",
            new String(xmp.exportXMPMetadata().readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException unreadable) {
      throw new AssertionError("The answer is said to be a PDF but cannot be read", unreadable);
    }
  }

  private static void decode(String place, String text, int depth, Map<String, String> decoded) {
    if (depth == 0 || text == null) {
      return;
    }
    Matcher encoded = ENCODED.matcher(text);
    StringBuilder found = new StringBuilder();
    while (encoded.find()) {
      String run = encoded.group();
      appendDecoded(run, found);
      // A path holds encoded segments between its slashes, which base64 also uses.
      for (String segment : run.split("/")) {
        if (segment.length() >= 16 && segment.length() < run.length()) {
          appendDecoded(segment, found);
        }
      }
    }
    if (!found.isEmpty()) {
      String where = "base64 decoded from " + place;
      decoded.merge(where, found.toString(), (a, b) -> a + b);
      decode(where, found.toString(), depth - 1, decoded);
    }
  }

  /** Appends what {@code run} decodes to as base64 or base64url, if it is either. */
  private static void appendDecoded(String run, StringBuilder found) {
    String urlSafe = run.replace('+', '-').replace('/', '_').replace("=", "");
    if (urlSafe.length() % 4 == 1) {
      return;
    }
    try {
      found.append(new String(Base64.getUrlDecoder().decode(urlSafe), StandardCharsets.UTF_8));
      found.append('\n');
    } catch (IllegalArgumentException notBase64) {
      // not encoded after all
    }
  }
}
