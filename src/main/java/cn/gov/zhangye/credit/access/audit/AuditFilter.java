package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.access.CallerIdentity;
import cn.gov.zhangye.credit.access.CallingClient;
import cn.gov.zhangye.credit.access.ratelimit.ClientAddresses;
import cn.gov.zhangye.credit.platform.Causes;
import cn.gov.zhangye.credit.platform.http.RequestIds;
import cn.gov.zhangye.credit.platform.http.RequestPaths;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Writes the audit entry of an audited call before the answer leaves; when the entry cannot be
 * stored, the call fails instead of going unrecorded. A refused call (401, 403, 429) is counted
 * instead ({@link RefusalCounts}): a flood of refusals must not grow the append-only log.
 */
public class AuditFilter {

  private static final Logger LOG = Logger.getLogger(AuditFilter.class);
  private static final Set<Integer> REFUSALS = Set.of(401, 403, 429);

  private final AuditLog log;
  private final RefusalCounts refusals;
  private final ClientAddresses addresses;
  private final CurrentIdentityAssociation identities;
  private final OperationNames operations;
  private final AuditTarget target;
  private final Clock clock;

  @Inject
  AuditFilter(
      AuditLog log,
      RefusalCounts refusals,
      ClientAddresses addresses,
      CurrentIdentityAssociation identities,
      OperationNames operations,
      AuditTarget target,
      Clock clock) {
    this.log = log;
    this.refusals = refusals;
    this.addresses = addresses;
    this.clock = clock;
    this.identities = identities;
    this.operations = operations;
    this.target = target;
  }

  @ServerResponseFilter
  public Uni<Void> audit(
      HttpServerRequest request, ContainerResponseContext response, SimpleResourceInfo resource) {
    int status = response.getStatus();
    if (REFUSALS.contains(status)) {
      return callerId()
          .invoke(clientId -> refusals.count(clientId, addresses.of(request).key(), status))
          .replaceWithVoid();
    }
    Audited audited = operations.annotation(resource);
    if (audited == null) {
      return Uni.createFrom().voidItem();
    }
    AuditKind kind = audited.value();
    return callerId()
        .chain(
            clientId ->
                log.append(
                    new AuditEntry(
                        clock.instant(),
                        clientId,
                        kind,
                        operations.of(request, resource),
                        target.subject(),
                        AuditHeaders.masked(request, AuditHeaders.QUERY_PURPOSE),
                        target.consentReferences() != null
                            ? IdentityNumberMask.mask(target.consentReferences())
                            : AuditHeaders.masked(request, AuditHeaders.CONSENT_REFERENCE),
                        response.getStatus(),
                        RequestIds.of(request))))
        .onFailure()
        .recoverWithItem(failure -> failInstead(request, response, failure));
  }

  /** The entry could not be stored: the call must not succeed unrecorded. */
  private static Void failInstead(
      HttpServerRequest request, ContainerResponseContext response, Throwable failure) {
    LOG.errorf("Audit entry not stored, the call fails: %s", Causes.rootMessage(failure));
    ProblemException problem =
        new ProblemException(
            ProblemType.SERVICE_UNAVAILABLE, new Text("problem.service-unavailable.detail"));
    response.setStatus(problem.type().status());
    response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, "5");
    response.setEntity(
        ProblemResponses.body(
            problem,
            Languages.choose(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
            RequestPaths.echoable(request),
            RequestIds.of(request)),
        new Annotation[0],
        MediaType.valueOf(ProblemResponses.MEDIA_TYPE));
    return null;
  }

  /** The calling client's id; null for an anonymous caller or a token that failed. */
  private Uni<String> callerId() {
    return identities
        .getDeferredIdentity()
        .map(identity -> CallerIdentity.of(identity).map(CallingClient::id).orElse(null))
        .onFailure()
        .recoverWithItem((String) null);
  }
}
