package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The formats of the catalogue files, as JSON Schemas under {@code catalog-format/} on the class
 * path. They belong to the code, not to the catalogue, so a replaced catalogue is held to them too.
 * The record type format includes the 2020-12 meta-schema for the fields' schema.
 */
public enum CatalogFormat {
  MANIFEST("manifest.schema.json"),
  RECORD_TYPE("record-type.schema.json"),
  LIST_TYPES("list-types.schema.json"),
  CALENDAR("calendar.schema.json");

  private static final String BASE_IRI = "https://credit.zhangye.gov.cn/catalog-format/";
  private static final String CLASSPATH_ROOT = "catalog-format/";

  // Format assertions on: the meta-schema then checks that every pattern is a valid regex.
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemas(CatalogFormat::classpathText)
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder()
                          .pathType(PathType.JSON_POINTER)
                          .formatAssertionsEnabled(true)
                          .build()));

  private final String schemaFile;

  CatalogFormat(String schemaFile) {
    this.schemaFile = schemaFile;
  }

  /**
   * The file {@code path} of the catalogue as {@code shape}, once it is JSON without repeated keys
   * and follows this format.
   *
   * @throws CatalogException naming the file and every deviation from this format
   */
  public <T> T read(CatalogFiles files, String path, Class<T> shape) {
    JsonNode document = CatalogJson.read(files, path);
    check(files.describe(path), document);
    return CatalogJson.bind(document, shape);
  }

  /** Fails with every deviation of {@code document} from this format, one per line. */
  void check(String file, JsonNode document) {
    List<Error> errors =
        REGISTRY.getSchema(SchemaLocation.of(BASE_IRI + schemaFile)).validate(document);
    if (!errors.isEmpty()) {
      throw new CatalogException(
          errors.stream().map(error -> describe(file, error)).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(String file, Error error) {
    JsonPointer at = JsonPointer.compile(error.getInstanceLocation().toString());
    return switch (error.getKeyword()) {
      case "required" ->
          CatalogException.describe(file, at.appendProperty(error.getProperty()), "is missing");
      case "additionalProperties" ->
          CatalogException.describe(file, at.appendProperty(error.getProperty()), "is not allowed");
      case "false" -> CatalogException.describe(file, at, "is not allowed");
      case "format" ->
          CatalogException.describe(file, at, "is not a valid " + error.getSchemaNode().asText());
      default -> CatalogException.describe(file, at, error.getMessage());
    };
  }

  private static String classpathText(String iri) {
    if (!iri.startsWith(BASE_IRI)) {
      return null;
    }
    String resource = CLASSPATH_ROOT + iri.substring(BASE_IRI.length());
    try (InputStream in = CatalogFormat.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read " + resource, unreadable);
    }
  }
}
