package cn.gov.zhangye.credit.subject;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import java.time.Instant;

/**
 * A subject as the platform stores it, with nothing personal in clear text.
 *
 * @param id the row id in the store of its kind
 * @param key its {@link SubjectKeys} key
 * @param code the credit code, or the masked identity number of a person
 * @param name the name, masked for a person
 * @param category the subject category of an organisation (法人及非法人组织 or 个体工商户); null for a person
 * @param registrationNumber the business registration number (工商注册号), where known
 * @param firstRecordedAt when the platform first stored the subject
 * @param updatedAt when the subject's own data last changed
 */
public record StoredSubject(
    long id,
    SubjectKind kind,
    String key,
    String code,
    String name,
    String divisionCode,
    String category,
    String registrationNumber,
    Instant firstRecordedAt,
    Instant updatedAt) {}
