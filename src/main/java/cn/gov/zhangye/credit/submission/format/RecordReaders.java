package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.catalog.Catalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;

/** Opens readers of submitted bodies in any of the {@link BodyFormat}s. */
@ApplicationScoped
public class RecordReaders {

  private static final int SMALLEST_RECORD_LIMIT = 1024;

  private final CatalogFields fields;
  private final JsonRecordParser parser;
  private final int maxRecordBytes;
  private final int maxNestingDepth;

  @Inject
  public RecordReaders(Catalog catalog, SubmissionFormatConfig config) {
    if (config.maxNestingDepth() < 2) {
      throw new IllegalStateException(
          "credit.submission.format.max-nesting-depth must be at least 2, a record and its subject");
    }
    if (config.maxRecordBytes() < SMALLEST_RECORD_LIMIT) {
      throw new IllegalStateException(
          "credit.submission.format.max-record-bytes must be at least " + SMALLEST_RECORD_LIMIT);
    }
    this.fields = new CatalogFields(catalog);
    this.maxRecordBytes = config.maxRecordBytes();
    this.maxNestingDepth = config.maxNestingDepth();
    this.parser = new JsonRecordParser(maxNestingDepth);
  }

  /**
   * A reader of the records in {@code body}, which it closes when closed. Nothing is read before
   * the first {@link RecordReader#next()}.
   */
  public RecordReader open(BodyFormat format, InputStream body) {
    BodyBytes bytes = new BodyBytes(body);
    return switch (format) {
      case JSON -> new JsonArrayReader(bytes, parser, maxRecordBytes, maxNestingDepth);
      case NDJSON -> new NdjsonReader(bytes, parser, maxRecordBytes);
      case CSV -> new CsvReader(bytes, fields, maxRecordBytes);
    };
  }
}
