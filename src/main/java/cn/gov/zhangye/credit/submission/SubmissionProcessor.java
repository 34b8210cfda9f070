package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.access.client.ClientDirectory;
import cn.gov.zhangye.credit.platform.database.BlockingTransactions;
import cn.gov.zhangye.credit.platform.jobs.Leases;
import cn.gov.zhangye.credit.record.ConcurrentRecordWrite;
import cn.gov.zhangye.credit.record.RecordDraft;
import cn.gov.zhangye.credit.record.RecordWriter;
import cn.gov.zhangye.credit.record.RecordsChanged;
import cn.gov.zhangye.credit.record.WriteOutcome;
import cn.gov.zhangye.credit.subject.SubjectKeys;
import cn.gov.zhangye.credit.submission.format.BodyFormat;
import cn.gov.zhangye.credit.submission.format.IncomingRecord;
import cn.gov.zhangye.credit.submission.format.RecordReader;
import cn.gov.zhangye.credit.submission.format.RecordReaders;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Processes a stored submission that this replica owns, chunk by chunk from its stored body. Each
 * chunk's records, errors and progress are committed together, so that a crash leaves all of a
 * chunk or none of it and the next owner resumes after the last committed chunk. An atomic
 * submission is written in one transaction, and not at all when a record is refused. Blocking: call
 * on a worker thread.
 */
@ApplicationScoped
class SubmissionProcessor {

  private static final Logger LOG = Logger.getLogger(SubmissionProcessor.class);
  private static final int CHUNK_ATTEMPTS = 3;

  private final BlockingTransactions transactions;
  private final SubmissionRepository submissions;
  private final PayloadStore payloads;
  private final RecordReaders readers;
  private final RecordAdmission admission;
  private final RecordWriter writer;
  private final ClientDirectory clients;
  private final SubmissionConfig config;
  private final Leases leases;
  private final Clock clock;
  private final SubjectKeys subjectKeys;
  private final Event<RecordsChanged> changes;

  @Inject
  SubmissionProcessor(
      BlockingTransactions transactions,
      SubmissionRepository submissions,
      PayloadStore payloads,
      RecordReaders readers,
      RecordAdmission admission,
      RecordWriter writer,
      ClientDirectory clients,
      SubmissionConfig config,
      Leases leases,
      Clock clock,
      SubjectKeys subjectKeys,
      Event<RecordsChanged> changes) {
    this.transactions = transactions;
    this.submissions = submissions;
    this.payloads = payloads;
    this.readers = readers;
    this.admission = admission;
    this.writer = writer;
    this.clients = clients;
    this.config = config;
    this.leases = leases;
    this.clock = clock;
    this.subjectKeys = subjectKeys;
    this.changes = changes;
  }

  /**
   * Processes a submission this replica holds to its end, or until another replica takes it over;
   * returns it as it then is.
   */
  Submission process(UUID id) {
    Submission submission = submissions.find(id).orElseThrow();
    if (!submissions.startProcessing(id, leases.take(config.lease()))) {
      LOG.infof("Submission %s is processed by another replica", id);
      return submission;
    }
    Client client = client(submission.clientId());
    try (RecordReader reader =
        readers.open(BodyFormat.of(submission.mediaType()), payloads.read(id))) {
      if (submission.atomic()) {
        processAtomically(submission, client, reader);
      } else {
        processInChunks(submission, client, reader);
      }
    } catch (LostLease lost) {
      LOG.infof("Submission %s is now processed by another replica", id);
    } catch (RuntimeException failed) {
      throw failed;
    } catch (Exception closing) {
      throw new IllegalStateException("Cannot read the stored body of " + id, closing);
    }
    return submissions.find(id).orElseThrow();
  }

  /** The client, found on a Vert.x context as the client registry needs, waited for here. */
  private Client client(String id) {
    try {
      return VertxContextSupport.subscribeAndAwait(() -> clients.find(id))
          .orElseThrow(() -> new IllegalStateException("No client " + id));
    } catch (Throwable failed) {
      throw new IllegalStateException("Cannot read the client " + id, failed);
    }
  }

  private void processInChunks(Submission submission, Client client, RecordReader reader) {
    skipWrittenChunks(submission, reader);
    int chunk = submission.chunksDone();
    for (List<IncomingRecord> records = nextChunk(reader);
        !records.isEmpty();
        records = nextChunk(reader), chunk++) {
      writeChunk(submission, client, chunk, admission.admit(client, records));
    }
    transactions.run(
        tx -> {
          submissions.complete(tx, submission.id(), clock.instant());
          payloads.delete(tx, submission.id());
        });
  }

  private void writeChunk(Submission submission, Client client, int chunk, AdmittedChunk admitted) {
    for (int attempt = 1; ; attempt++) {
      try {
        Set<String> changed = new HashSet<>();
        transactions.run(
            tx -> {
              ChunkResult result = write(tx, submission, client, admitted);
              submissions.saveErrors(tx, submission.id(), result.errors(), clock.instant());
              if (!submissions.chunkWritten(
                  tx, submission.id(), chunk, result.counts(), leases.take(config.lease()))) {
                throw new LostLease();
              }
              changed.addAll(result.changedSubjects());
            });
        announce(changed);
        return;
      } catch (ConcurrentRecordWrite raced) {
        if (attempt == CHUNK_ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  private void processAtomically(Submission submission, Client client, RecordReader reader) {
    Set<String> changed = new HashSet<>();
    try {
      transactions.run(
          tx -> {
            List<RecordError> errors = new ArrayList<>();
            SubmissionCounts counts = SubmissionCounts.NONE;
            for (List<IncomingRecord> records = nextChunk(reader);
                !records.isEmpty();
                records = nextChunk(reader)) {
              AdmittedChunk admitted = admission.admit(client, records);
              if (errors.isEmpty() && admitted.errors().isEmpty()) {
                ChunkResult result = write(tx, submission, client, admitted);
                counts = counts.plus(result.counts());
                errors.addAll(result.errors());
                changed.addAll(result.changedSubjects());
              } else {
                errors.addAll(admitted.errors());
              }
              submissions.renewLease(submission.id(), leases.take(config.lease()));
            }
            if (!errors.isEmpty()) {
              throw new AtomicRefusal(errors);
            }
            if (!submissions.chunkWritten(
                tx, submission.id(), 0, counts, leases.take(config.lease()))) {
              throw new LostLease();
            }
            submissions.complete(tx, submission.id(), clock.instant());
            payloads.delete(tx, submission.id());
          });
      announce(changed);
    } catch (AtomicRefusal refusal) {
      transactions.run(
          tx -> {
            submissions.saveErrors(tx, submission.id(), refusal.errors, clock.instant());
            submissions.reject(tx, submission.id(), refusal.records(), clock.instant());
            payloads.delete(tx, submission.id());
          });
    }
  }

  private ChunkResult write(
      SqlConnection tx, Submission submission, Client client, AdmittedChunk admitted) {
    List<RecordDraft> drafts = admitted.drafts();
    List<WriteOutcome> outcomes =
        BlockingTransactions.await(writer.write(tx, client.id(), submission.id(), drafts));
    List<RecordError> errors = new ArrayList<>(admitted.errors());
    Set<String> changed = new HashSet<>();
    int created = 0;
    int corrected = 0;
    int unchanged = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      WriteOutcome outcome = outcomes.get(i);
      if (outcome.kind() == WriteOutcome.Kind.CREATED
          || outcome.kind() == WriteOutcome.Kind.CORRECTED) {
        changed.add(subjectKeys.of(drafts.get(i).subject()));
      }
      switch (outcome.kind()) {
        case CREATED -> created++;
        case CORRECTED -> corrected++;
        case UNCHANGED -> unchanged++;
        case REFUSED -> errors.add(admitted.errorFor(drafts.get(i), outcome.refusal()));
      }
    }
    errors.sort(RecordError.IN_BODY_ORDER);
    return new ChunkResult(
        new SubmissionCounts(created, corrected, unchanged, RecordError.records(errors)),
        errors,
        changed);
  }

  private void skipWrittenChunks(Submission submission, RecordReader reader) {
    for (long skipped = 0;
        skipped < (long) submission.chunksDone() * config.chunkRecords();
        skipped++) {
      if (reader.next().isEmpty()) {
        return;
      }
    }
  }

  private List<IncomingRecord> nextChunk(RecordReader reader) {
    List<IncomingRecord> chunk = new ArrayList<>(config.chunkRecords());
    Optional<IncomingRecord> next;
    while (chunk.size() < config.chunkRecords() && (next = reader.next()).isPresent()) {
      chunk.add(next.get());
    }
    return chunk;
  }

  private record ChunkResult(
      SubmissionCounts counts, List<RecordError> errors, Set<String> changedSubjects) {}

  /** Tells the replica's readers, after the commit, whose records changed. */
  private void announce(Set<String> changedSubjects) {
    if (!changedSubjects.isEmpty()) {
      changes.fire(new RecordsChanged(changedSubjects));
    }
  }

  /** An atomic submission with refused records: its transaction rolls back. */
  private static final class AtomicRefusal extends RuntimeException {
    final List<RecordError> errors;

    AtomicRefusal(List<RecordError> errors) {
      super(null, null, false, false);
      this.errors = errors;
    }

    int records() {
      return RecordError.records(errors);
    }
  }

  /** Another replica took the submission over: this one stops. */
  private static final class LostLease extends RuntimeException {
    LostLease() {
      super(null, null, false, false);
    }
  }
}
