package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;

/**
 * One reason a record of a submission was refused, as stored: its message is rendered in the
 * reader's language.
 */
public record StoredError(
    int index,
    Long line,
    String recordType,
    String sourceRef,
    String pointer,
    String code,
    Text message) {

  static StoredError of(Row row) {
    JsonArray arguments = (JsonArray) row.getJson("message_args");
    return new StoredError(
        row.getInteger("record_index"),
        row.getLong("line"),
        row.getString("record_type"),
        // errors stored before they were masked on the way in are masked on the way out
        IdentityNumberMask.mask(row.getString("source_ref")),
        IdentityNumberMask.mask(row.getString("pointer")),
        row.getString("code"),
        new Text(row.getString("message_key"), arguments.getList().toArray())
            .withIdentityNumbersMasked());
  }
}
