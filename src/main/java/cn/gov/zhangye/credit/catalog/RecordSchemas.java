package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;

/** Compiles the JSON Schemas of record types for validating records. */
final class RecordSchemas {

  /** Draft 2020-12, knowing the catalogue's English annotations so it does not warn of them. */
  private static final Dialect DIALECT =
      Dialect.builder(Dialects.getDraft202012())
          .keyword(new AnnotationKeyword("x-name-en"))
          .keyword(new AnnotationKeyword("x-description-en"))
          .build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          DIALECT,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));

  private RecordSchemas() {}

  /**
   * The compiled schema, with every reference resolved now rather than at the first record.
   *
   * @throws com.networknt.schema.SchemaException if the schema cannot be compiled
   */
  static Schema compile(JsonNode schema) {
    Schema compiled = REGISTRY.getSchema(schema);
    compiled.initializeValidators();
    return compiled;
  }
}
