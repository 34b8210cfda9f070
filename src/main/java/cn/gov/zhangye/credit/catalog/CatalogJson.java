package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the JSON files of the catalogue and binds them to the catalogue model. */
final class CatalogJson {

  // A key given twice in a catalogue file is a mistake; silently keeping the last one would hide
  // it.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .build();

  private CatalogJson() {}

  /** The document in {@code path}; fails naming the file and the position if it is not JSON. */
  static JsonNode read(CatalogFiles files, String path) {
    try (InputStream in = files.open(path)) {
      JsonNode document = MAPPER.readTree(in);
      if (document.isMissingNode()) {
        throw CatalogException.at(files.describe(path), JsonPointer.empty(), "is empty");
      }
      return document;
    } catch (JsonProcessingException malformed) {
      JsonLocation location = malformed.getLocation();
      throw new CatalogException(
          "%s: not valid JSON at line %d, column %d: %s"
              .formatted(
                  files.describe(path),
                  location.getLineNr(),
                  location.getColumnNr(),
                  malformed.getOriginalMessage()));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read " + files.describe(path), unreadable);
    }
  }

  /** Binds a document that follows its {@link CatalogFormat} to the model. */
  static <T> T bind(JsonNode document, Class<T> type) {
    try {
      return MAPPER.treeToValue(document, type);
    } catch (JsonProcessingException mismatch) {
      throw new IllegalStateException(
          "The catalogue format admits a document " + type.getSimpleName() + " cannot hold",
          mismatch);
    }
  }
}
