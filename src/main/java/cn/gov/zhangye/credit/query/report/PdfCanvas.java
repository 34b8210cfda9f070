package cn.gov.zhangye.credit.query.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages written top to bottom with one embedded font: lines of text (wrapped to a width, Chinese
 * broken between any two characters, Latin between words), rules, filled boxes, new pages as the
 * cursor reaches the bottom margin, and a footer on every page once the count of pages is known.
 * Characters the font lacks print as {@value #MISSING}; nothing is left out silently.
 */
final class PdfCanvas implements AutoCloseable {

  static final float MARGIN = 50;
  static final PDRectangle PAGE = PDRectangle.A4;
  static final float LEFT = MARGIN;
  static final float RIGHT = PAGE.getWidth() - MARGIN;
  static final float WIDTH = RIGHT - LEFT;
  private static final float TOP = PAGE.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 24;
  private static final float BOLD_STROKE = 0.35f;
  private static final char MISSING = '□';

  private final PDDocument document;
  private final PDType0Font font;
  private final CmapLookup glyphs;
  private PDPageContentStream content;
  private float y;

  PdfCanvas(TrueTypeFont typeface) throws IOException {
    this.document = new PDDocument();
    this.font = PDType0Font.load(document, typeface, true);
    this.glyphs = typeface.getUnicodeCmapLookup();
    newPage();
  }

  PDDocument document() {
    return document;
  }

  float y() {
    return y;
  }

  void down(float distance) {
    y -= distance;
  }

  /** Starts a new page unless {@code height} still fits above the bottom margin. */
  void keep(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void text(String text, float x, float baseline, float size, Color color, boolean bold) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.setNonStrokingColor(color);
      if (bold) {
        content.setStrokingColor(color);
        content.setLineWidth(BOLD_STROKE * size / 10);
        content.setRenderingMode(RenderingMode.FILL_STROKE);
      } else {
        content.setRenderingMode(RenderingMode.FILL);
      }
      content.newLineAtOffset(x, baseline);
      content.showText(printable(text).replace('\n', ' '));
      content.endText();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  float width(String text, float size) {
    try {
      return font.getStringWidth(printable(text)) / 1000 * size;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** {@code text} broken into lines no wider than {@code width}. */
  List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : printable(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String token : tokens(paragraph)) {
        if (line.length() > 0 && width(line + token, size) > width) {
          lines.add(line.toString().stripTrailing());
          line.setLength(0);
          if (token.isBlank()) {
            continue;
          }
        }
        if (width(token, size) > width) {
          token
              .codePoints()
              .forEach(
                  c -> {
                    String character = Character.toString(c);
                    if (line.length() > 0 && width(line + character, size) > width) {
                      lines.add(line.toString());
                      line.setLength(0);
                    }
                    line.append(character);
                  });
        } else {
          line.append(token);
        }
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  void rule(float x1, float x2, float thickness, Color color) {
    try {
      content.setStrokingColor(color);
      content.setLineWidth(thickness);
      content.moveTo(x1, y);
      content.lineTo(x2, y);
      content.stroke();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  void box(float x, float bottom, float width, float height, Color fill, Color border) {
    try {
      content.addRect(x, bottom, width, height);
      if (fill != null && border != null) {
        content.setNonStrokingColor(fill);
        content.setStrokingColor(border);
        content.setLineWidth(0.5f);
        content.fillAndStroke();
      } else if (fill != null) {
        content.setNonStrokingColor(fill);
        content.fill();
      } else {
        content.setStrokingColor(border);
        content.setLineWidth(0.5f);
        content.stroke();
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** The footer of each page, given the page's number and the count of pages. */
  void footers(
      BiFunction<Integer, Integer, String> left, BiFunction<Integer, Integer, String> right)
      throws IOException {
    content.close();
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      try (PDPageContentStream footer =
          new PDPageContentStream(
              document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = footer;
        y = MARGIN + 14;
        rule(LEFT, RIGHT, 0.5f, ReportPdf.LINE);
        String rightText = right.apply(i + 1, pages);
        text(left.apply(i + 1, pages), LEFT, MARGIN, 8, ReportPdf.MUTED, false);
        text(rightText, RIGHT - width(rightText, 8), MARGIN, 8, ReportPdf.MUTED, false);
      }
    }
    content = null;
  }

  byte[] save() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** Closes the document; the typeface is shared and stays open. */
  @Override
  public void close() throws IOException {
    try {
      if (content != null) {
        content.close();
      }
    } finally {
      document.close();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = TOP;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Words, runs of spaces and single CJK characters: the places a line may break. */
  private static List<String> tokens(String paragraph) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    paragraph
        .codePoints()
        .forEach(
            c -> {
              boolean breaksAnywhere = Character.isIdeographic(c) || c > 0x2E80;
              if (Character.isWhitespace(c) || breaksAnywhere) {
                if (word.length() > 0) {
                  tokens.add(word.toString());
                  word.setLength(0);
                }
                tokens.add(Character.toString(c));
              } else {
                word.appendCodePoint(c);
              }
            });
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  /**
   * Tabs as spaces, other control characters and characters without a glyph as {@link #MISSING}.
   */
  private String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                out.append('\n');
              } else if (c == '\t') {
                out.append(' ');
              } else if (Character.isISOControl(c) || glyphs.getGlyphId(c) == 0) {
                out.append(MISSING);
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
