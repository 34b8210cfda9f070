package cn.gov.zhangye.credit.query.report;

import jakarta.annotation.PreDestroy;
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
 * TrueType outlines, 10.5 MB, of which a report embeds only the glyphs it uses. Parsed once, when
 * the first PDF asks for it (a gateway that renders none never pays for it), and shared by every
 * document: PDFBox 3 reads a font's tables and glyphs under locks of its own, and {@code
 * PDType0Font.load(document, font, true)} embeds the subset a document uses without changing or
 * closing the font.
 */
@ApplicationScoped
class ReportFont {

  static final String RESOURCE = "report/fonts/NotoSansSC-Regular.ttf";

  private final TrueTypeFont typeface;

  ReportFont() {
    try (InputStream in = ReportFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The report font " + RESOURCE + " is not on the classpath");
      }
      this.typeface = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the report font " + RESOURCE, unreadable);
    }
  }

  /** The parsed font, for any number of documents at once; they never close it. */
  TrueTypeFont typeface() {
    return typeface;
  }

  @PreDestroy
  void close() throws IOException {
    typeface.close();
  }
}
