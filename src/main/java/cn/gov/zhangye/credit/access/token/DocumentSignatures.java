package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.platform.crypto.DocumentSigner;
import cn.gov.zhangye.credit.platform.crypto.DocumentSigningKey;
import cn.gov.zhangye.credit.platform.crypto.DocumentVerificationKey;
import cn.gov.zhangye.credit.platform.crypto.DocumentVerifier;
import cn.gov.zhangye.credit.platform.crypto.SignedDocument;
import cn.gov.zhangye.credit.platform.crypto.VerifiedDocument;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Signs documents the gateway issues (such as credit reports) with the key set of access tokens, so
 * that anyone can check them against the published JWK set; the document's type ({@code typ}) keeps
 * them apart from access tokens.
 */
@ApplicationScoped
public class DocumentSignatures {

  private final DocumentSigningKey signing;
  private final List<DocumentVerificationKey> verifying;

  DocumentSignatures(KeySet keys) {
    SigningKey key = keys.signing();
    this.signing =
        new DocumentSigningKey(key.id(), key.algorithm().name(), key.privateKey().orElseThrow());
    this.verifying =
        keys.all().stream()
            .map(
                each ->
                    new DocumentVerificationKey(
                        each.id(), each.algorithm().name(), each.publicKey()))
            .toList();
  }

  /** A compact JWS of the canonical form of {@code document}, its header typed {@code type}. */
  public SignedDocument sign(String type, JsonNode document) {
    return DocumentSigner.compact(type, document, signing);
  }

  /**
   * The payload of {@code compactJws} when one of the gateway's keys (the retired ones included)
   * signed it and its header is typed {@code type}; empty for anything else.
   */
  public Optional<VerifiedDocument> verify(String type, String compactJws) {
    return DocumentVerifier.compact(type, compactJws, verifying);
  }
}
