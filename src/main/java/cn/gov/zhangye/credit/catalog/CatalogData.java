package cn.gov.zhangye.credit.catalog;

import java.util.List;

/** Everything a catalogue holds, as loaded and checked. */
public record CatalogData(
    CatalogManifest manifest, List<RecordType> recordTypes, List<ListType> listTypes) {

  public CatalogData {
    recordTypes = List.copyOf(recordTypes);
    listTypes = List.copyOf(listTypes);
  }
}
