package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.subject.Subject;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;

/**
 * A valid record ready to be written: what a submitter sent, normalised, with personal data masked
 * in {@code fields} and sealed in {@code sealed}.
 *
 * @param index the record's position in its batch
 * @param originals the original values of the masked fields by JSON Pointer, sealed when the
 *     version is written; kept out of {@link #toString()}
 * @param contentHash the keyed hash of the subject and the normalised fields: equal hashes, the
 *     same content
 * @param publicationUntil the last day of publication; null when the type has no end
 * @param workingDays working days from the decision to the submission (报送时效)
 */
public record RecordDraft(
    int index,
    RecordType type,
    String sourceRef,
    Subject subject,
    ObjectNode fields,
    Map<String, String> originals,
    byte[] contentHash,
    LocalDate decisionDate,
    LocalDate publicationUntil,
    int workingDays) {

  public RecordDraft {
    originals = Map.copyOf(originals);
  }

  @Override
  public String toString() {
    return "RecordDraft[" + index + ", " + type.code() + ", " + sourceRef + ", " + subject + "]";
  }
}
