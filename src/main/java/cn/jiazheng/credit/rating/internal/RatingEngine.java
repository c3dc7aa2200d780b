package cn.jiazheng.credit.rating.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.RatingFacts;
import cn.jiazheng.credit.archive.RatingFacts.EnterpriseFacts;
import cn.jiazheng.credit.archive.RatingFacts.WorkerFacts;
import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.RunState;
import cn.jiazheng.credit.record.RecordFacts;
import cn.jiazheng.credit.record.RecordFacts.SubjectTally;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes runs: the territory's files from archive merged with their record counts from record, both
 * streamed in subject order from one statement each, evaluated, and stored a batch per transaction
 * together with the run's cursor, under the run's lease. Runs execute on a small pool of the engine's own, never on a request thread; a run whose
 * executor went away (its lease ran out) is taken up again from its cursor by any instance.
 */
@Component
class RatingEngine {

	static final Duration LEASE = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(RatingEngine.class);

	private final RunRepository runs;

	private final ResultRepository results;

	private final ModelService models;

	private final ResultCodec codec;

	private final RatingFacts files;

	private final RecordFacts records;

	private final TransactionTemplate tx;

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

	/** Evaluates a batch's subjects on every core; a pool of the engine's own, not the JVM's common one. */
	private final ForkJoinPool evaluators = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

	private final String instance;

	private final int batchSize;

	RatingEngine(RunRepository runs, ResultRepository results, ModelService models, ResultCodec codec, RatingFacts files,
			RecordFacts records, PlatformTransactionManager transactions, @Value("${jiazheng.rating.batch-size:5000}") int batchSize) {
		this.runs = runs;
		this.results = results;
		this.models = models;
		this.codec = codec;
		this.files = files;
		this.records = records;
		this.tx = new TransactionTemplate(transactions);
		this.batchSize = batchSize;
		this.instance = hostname() + "-" + UUID.randomUUID().toString().substring(0, 8);
		pool.setCorePoolSize(2);
		pool.setMaxPoolSize(2);
		pool.setThreadNamePrefix("rating-run-");
		pool.setWaitForTasksToCompleteOnShutdown(false);
		pool.initialize();
	}

	@PreDestroy
	void stop() {
		pool.shutdown();
		evaluators.shutdown();
	}

	String instance() {
		return instance;
	}

	/** Executes the run in the background, if this instance can claim it. */
	void dispatch(long runId) {
		pool.execute(() -> claimAndExecute(runId, instance, Integer.MAX_VALUE));
	}

	/**
	 * Runs whose lease expired (the instance executing them crashed or stopped) are taken up again, here
	 * or on whichever instance claims them first.
	 */
	@Scheduled(fixedDelayString = "${jiazheng.rating.resume-every:PT1M}", initialDelayString = "${jiazheng.rating.resume-after:PT30S}")
	void resumeAbandoned() {
		for (long id : runs.abandoned()) {
			dispatch(id);
		}
	}

	/**
	 * Claims the run for {@code owner} and executes at most {@code maxBatches} batches of it (fewer when it
	 * ends first). Returns false when another executor holds it.
	 */
	boolean claimAndExecute(long runId, String owner, int maxBatches) {
		return claimAndExecute(runId, owner, maxBatches, batchSize);
	}

	boolean claimAndExecute(long runId, String owner, int maxBatches, int batchSize) {
		Optional<Long> cursor = runs.claim(runId, owner, LEASE);
		if (cursor.isEmpty()) {
			return false;
		}
		try {
			execute(runs.get(runId), owner, cursor.get(), maxBatches, batchSize);
		}
		catch (LostLease ex) {
			log.warn("Rating run {} was taken over by another executor", runId);
		}
		catch (RuntimeException ex) {
			log.error("Rating run {} failed", runId, ex);
			runs.finish(runId, owner, RunState.FAILED, String.valueOf(ex.getMessage()));
		}
		return true;
	}

	private void execute(RatingRun run, String owner, long start, int maxBatches, int batchSize) {
		CompiledModel model = models.compiled(run.modelId(), run.modelVersion());
		RegionCode within = run.territory() == null ? null : RegionCode.of(run.territory());
		LocalDate asOf = run.asOf();
		SubjectKind kind = SubjectKind.valueOf(run.subject().name());
		try (SubjectStream<Subject> subjects = subjects(model, run.subject(), within, asOf, start);
				SubjectStream<SubjectTally> counts = model.tallies().isEmpty() ? SubjectStream.empty(SubjectTally::subjectId)
						: SubjectStream.open("rating-records",
								sink -> records.tally(kind, within, asOf, start, model.tallies(), sink), SubjectTally::subjectId)) {
			// One batch is stored on a writer thread while the next is evaluated: the two together cost about as
			// much as the evaluation alone. Batches are stored in order, one at a time, each with its cursor.
			ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "rating-writer-" + run.id()));
			try {
				Future<?> storing = null;
				long cursor = start;
				for (int batch = 0; batch < maxBatches; batch++) {
					List<Rateable> rateable = new ArrayList<>(batchSize);
					int seen = 0;
					int skipped = 0;
					long last = cursor;
					for (Subject subject; seen < batchSize && (subject = subjects.next()) != null;) {
						seen++;
						last = subject.id();
						SubjectTally tally = counts.find(subject.id());
						if (!subject.released()) {
							skipped++;
							continue;
						}
						rateable.add(new Rateable(subject, tally == null ? null : tally.counts()));
					}
					// Evaluating is pure (compiled CEL, no shared state): the batch is spread over the cores, in order.
					List<ResultRepository.Row> rows = evaluators.submit(() -> rateable.parallelStream()
						.map(r -> codec.row(run.id(), run.subject(), r.subject().id(), r.subject().regionCode(), r.subject().enterpriseId(),
								model.evaluate(r.subject().features().apply(r.counts()))))
						.toList()).join();
					awaitStored(storing);
					if (seen == 0) {
						finish(run.id(), owner);
						return;
					}
					long next = last;
					int notRated = skipped;
					storing = writer.submit(() -> tx.executeWithoutResult(status -> {
						results.insert(rows);
						if (!runs.advance(run.id(), owner, next, rows.size(), notRated, LEASE)) {
							throw new LostLease();
						}
					}));
					cursor = next;
				}
				awaitStored(storing);
			}
			finally {
				writer.shutdownNow();
			}
		}
	}

	/** Waits for the batch on the writer thread; its failure (a lost lease included) becomes the run's. */
	private static void awaitStored(Future<?> storing) {
		if (storing == null) {
			return;
		}
		try {
			storing.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("storing rating results failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while storing rating results", ex);
		}
	}

	/** The territory's files above the cursor, whichever kind, each with how its features are made from its record counts. */
	private SubjectStream<Subject> subjects(CompiledModel model, FileKind kind, RegionCode within, LocalDate asOf, long start) {
		if (kind == FileKind.ENTERPRISE) {
			return SubjectStream.open("rating-files", sink -> files.forEachEnterprise(within, asOf, start, e -> sink.accept(
					new Subject(e.id(), e.regionCode(), e.id(), e.released(), c -> Features.of(model.model(), e, c)))), Subject::id);
		}
		return SubjectStream.open("rating-files", sink -> files.forEachWorker(within, asOf, start, w -> sink.accept(
				new Subject(w.id(), w.regionCode(), w.enterpriseId(), w.released(), c -> Features.of(model.model(), w, c)))), Subject::id);
	}

	private record Rateable(Subject subject, int[] counts) {
	}

	/** A file as the engine rates it; {@code features} turns the subject's record counts (null: none) into feature values. */
	private record Subject(long id, String regionCode, Long enterpriseId, boolean released,
			Function<int[], Map<String, Object>> features) {
	}

	private void finish(long runId, String owner) {
		if (!runs.finish(runId, owner, RunState.DONE, null)) {
			throw new LostLease();
		}
	}

	/** A re-rating of one subject under one model version, as of {@code asOf}; empty when the file is not released. */
	Optional<Rated> rateOne(ModelVersion version, FileKind kind, long subjectId, LocalDate asOf) {
		CompiledModel model = models.compiled(version.modelId(), version.version());
		int[] counts = model.tallies().isEmpty() ? null
				: records.tally(SubjectKind.valueOf(kind.name()), subjectId, asOf, model.tallies(), null);
		if (kind == FileKind.ENTERPRISE) {
			return files.enterprise(subjectId, asOf)
				.filter(EnterpriseFacts::released)
				.map(e -> new Rated(e.regionCode(), e.id(), model.evaluate(Features.of(model.model(), e, counts))));
		}
		return files.worker(subjectId, asOf)
			.filter(WorkerFacts::released)
			.map(w -> new Rated(w.regionCode(), w.enterpriseId(), model.evaluate(Features.of(model.model(), w, counts))));
	}

	record Rated(String regionCode, Long enterpriseId, Evaluation evaluation) {
	}

	private static String hostname() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			return "instance";
		}
	}

	/** This executor's lease ran out and another took the run over: it stops without storing anything more. */
	static final class LostLease extends RuntimeException {

		LostLease() {
			super("lease lost", null, false, false);
		}
	}
}
