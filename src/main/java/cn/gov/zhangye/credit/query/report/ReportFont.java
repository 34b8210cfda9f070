package cn.gov.zhangye.credit.query.report;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The typeface of PDF reports, shipped with the gateway so that a report looks the same on every
 * machine: Noto Sans SC Regular (思源黑体, SIL Open Font License 1.1, see {@code OFL.txt} beside it),
 * TrueType outlines, 10.5 MB, of which a report embeds only the glyphs it uses. Read once at start;
 * each document parses its own copy, since a parsed font is not safe to share between threads.
 */
@ApplicationScoped
@Startup
class ReportFont {

  static final String RESOURCE = "report/fonts/NotoSansSC-Regular.ttf";

  private final byte[] bytes;

  ReportFont() {
    try (InputStream in = ReportFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The report font " + RESOURCE + " is not on the classpath");
      }
      this.bytes = in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the report font " + RESOURCE, unreadable);
    }
  }

  /** A parsed copy of the font for one document; the caller closes it after saving. */
  TrueTypeFont open() throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }
}
