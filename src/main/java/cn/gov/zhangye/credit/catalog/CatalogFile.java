package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One JSON file of the catalogue: reads it into its Java shape and names the file in every
 * complaint about its content.
 */
public record CatalogFile(CatalogFiles files, String path) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The file's content as {@code shape}; fails with a {@link CatalogException} if it is not. */
  public <T> T read(Class<T> shape) {
    try (InputStream in = files.open(path)) {
      T content = JSON.readValue(in, shape);
      if (content == null) {
        throw new CatalogException(files.describe(path) + ": the file holds no JSON value");
      }
      return content;
    } catch (JsonProcessingException malformed) {
      throw new CatalogException(files.describe(path) + ": " + describe(malformed), malformed);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read " + files.describe(path), unreadable);
    }
  }

  /** A complaint about the content at {@code where} (e.g. {@code authorities[2].code}). */
  public CatalogException invalid(String where, String what) {
    return new CatalogException(files.describe(path) + ": " + where + ": " + what);
  }

  /** Fails unless {@code name} has both its Chinese and its English form. */
  public void requireName(String where, BilingualName name) {
    if (name == null || blank(name.zh()) || blank(name.en())) {
      throw invalid(where, "needs a non-blank Chinese (zh) and English (en) name");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String describe(JsonProcessingException malformed) {
    StringBuilder text = new StringBuilder();
    if (malformed instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      text.append(where(mapping)).append(": ");
    }
    text.append(malformed.getOriginalMessage());
    if (malformed.getLocation() != null) {
      text.append(" (line ")
          .append(malformed.getLocation().getLineNr())
          .append(", column ")
          .append(malformed.getLocation().getColumnNr())
          .append(')');
    }
    return text.toString();
  }

  private static String where(JsonMappingException mapping) {
    StringBuilder where = new StringBuilder();
    for (JsonMappingException.Reference step : mapping.getPath()) {
      if (step.getFieldName() != null) {
        where.append(where.isEmpty() ? "" : ".").append(step.getFieldName());
      } else {
        where.append('[').append(step.getIndex()).append(']');
      }
    }
    return where.toString();
  }
}
