package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.subject.Subject;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * A valid record ready to be written: what a submitter sent, normalised, with personal data masked
 * in {@code fields} and sealed in {@code sealed}.
 *
 * @param index the record's position in its batch
 * @param sealed the encrypted originals of the masked fields; null when nothing was masked
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
    byte[] sealed,
    byte[] contentHash,
    LocalDate decisionDate,
    LocalDate publicationUntil,
    int workingDays) {}
