package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the list types against each other and against the record types their entries use: codes
 * are unique, each uses a list record type, and that type's list type field enumerates exactly the
 * list types that use it.
 */
final class ListTypeChecks {

  private final String file;
  private final Map<String, RecordType> recordTypes;
  private final Map<String, String> recordTypeFiles;

  /**
   * @param file the list types file, for messages
   * @param recordTypeFiles the file of each record type by code, for messages
   */
  ListTypeChecks(String file, List<RecordType> recordTypes, Map<String, String> recordTypeFiles) {
    this.file = file;
    this.recordTypes =
        recordTypes.stream()
            .collect(
                Collectors.toMap(
                    RecordType::code, type -> type, (first, second) -> first, LinkedHashMap::new));
    this.recordTypeFiles = recordTypeFiles;
  }

  void check(List<ListType> listTypes) {
    Map<String, Integer> indexByCode = new HashMap<>();
    for (int index = 0; index < listTypes.size(); index++) {
      ListType listType = listTypes.get(index);
      JsonPointer at = JsonPointer.compile("/listTypes/" + index);
      Integer earlier = indexByCode.putIfAbsent(listType.code(), index);
      if (earlier != null) {
        throw CatalogException.at(
            file,
            at.appendProperty("code"),
            "list type %s is already defined at /listTypes/%d".formatted(listType.code(), earlier));
      }
      usesListRecordType(listType, at.appendProperty("recordType"));
    }
    recordTypes.values().forEach(type -> enumeratesItsListTypes(type, listTypes));
  }

  private void usesListRecordType(ListType listType, JsonPointer at) {
    RecordType type = recordTypes.get(listType.recordType());
    if (type == null) {
      throw CatalogException.at(
          file, at, listType.recordType() + " is not a record type of the catalogue");
    }
    if (type.listTypeField().isEmpty()) {
      throw CatalogException.at(
          file, at, type.code() + " has no listTypeField, so it cannot hold list entries");
    }
  }

  private void enumeratesItsListTypes(RecordType type, List<ListType> listTypes) {
    if (type.listTypeField().isEmpty()) {
      return;
    }
    String field = type.listTypeField().get();
    JsonPointer at =
        JsonPointer.compile("/schema/properties").appendProperty(field).appendProperty("enum");
    JsonNode enumeration = type.schema().path("properties").path(field).path("enum");
    Set<String> enumerated =
        enumeration.valueStream().map(JsonNode::asText).collect(Collectors.toSet());
    Set<String> using =
        listTypes.stream()
            .filter(listType -> listType.recordType().equals(type.code()))
            .map(ListType::code)
            .collect(Collectors.toSet());
    if (!enumerated.equals(using)) {
      throw CatalogException.at(
          recordTypeFiles.get(type.code()),
          at,
          "must list exactly the list types of %s in %s, %s"
              .formatted(type.code(), file, using.stream().sorted().toList()));
    }
  }
}
