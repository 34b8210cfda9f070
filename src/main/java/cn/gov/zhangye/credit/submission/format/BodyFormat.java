package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import java.util.Locale;

/** The formats a batch of records may be submitted in, chosen by the request's media type. */
public enum BodyFormat {
  /** A JSON array of records. */
  JSON("application/json"),
  /** One JSON record per line; blank lines are ignored. */
  NDJSON("application/x-ndjson"),
  /** A header row naming the columns, then one record per row. */
  CSV("text/csv");

  private static final String SUPPORTED = "application/json, application/x-ndjson, text/csv";

  private final String mediaType;

  BodyFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type of the format, without parameters, such as {@code text/csv}. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The format of a body of {@code contentType}, the value of the request's {@code Content-Type}
   * header, e.g. {@code text/csv; charset=UTF-8}.
   *
   * @throws ProblemException 415 when the media type is none of the formats, or a {@code charset}
   *     parameter names another charset than UTF-8
   */
  public static BodyFormat of(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw unsupported(new Text("problem.unsupported-media-type.submission-none", SUPPORTED));
    }
    String[] parts = contentType.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    for (BodyFormat format : values()) {
      if (format.mediaType.equals(type)) {
        requireUtf8(parts);
        return format;
      }
    }
    throw unsupported(
        new Text("problem.unsupported-media-type.submission", contentType.trim(), SUPPORTED));
  }

  private static void requireUtf8(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i];
      int equals = parameter.indexOf('=');
      if (equals < 0 || !parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        continue;
      }
      String charset = parameter.substring(equals + 1).trim().replace("\"", "");
      if (!charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
        throw unsupported(new Text("problem.unsupported-media-type.charset", charset));
      }
    }
  }

  private static ProblemException unsupported(Text detail) {
    return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
  }
}
