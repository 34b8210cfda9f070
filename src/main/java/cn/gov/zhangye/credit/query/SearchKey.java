package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.paging.Keyset;
import java.util.List;

/**
 * Where an organisation stands in a search: its name (or, for a code search, its credit code) in
 * byte order, then its id.
 */
record SearchKey(String sortKey, long id) {

  static final Keyset<SearchKey> KEYSET =
      Keyset.of(
          "subject-search",
          key -> List.of(key.sortKey(), Long.toString(key.id())),
          values -> new SearchKey(values.text(0), values.number(1)));
}
