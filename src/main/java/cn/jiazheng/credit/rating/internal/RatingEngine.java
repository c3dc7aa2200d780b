package cn.jiazheng.credit.rating.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.RatingFacts;
import cn.jiazheng.credit.archive.RatingFacts.EnterpriseFacts;
import cn.jiazheng.credit.archive.RatingFacts.WorkerFacts;
import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.RunState;
import cn.jiazheng.credit.record.RecordFact;
import cn.jiazheng.credit.record.RecordFacts;
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
 * Executes runs: pages of subjects from archive merged with the territory's record facts in subject
 * order, evaluated, and stored a batch per transaction together with the run's cursor, under the run's
 * lease. Runs execute on a small pool of the engine's own, never on a request thread; a run whose
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

	private final String instance;

	private final int batchSize;

	RatingEngine(RunRepository runs, ResultRepository results, ModelService models, ResultCodec codec, RatingFacts files,
			RecordFacts records, PlatformTransactionManager transactions, @Value("${jiazheng.rating.batch-size:1000}") int batchSize) {
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

	private void execute(RatingRun run, String owner, long cursor, int maxBatches, int batchSize) {
		CompiledModel model = models.compiled(run.modelId(), run.modelVersion());
		RegionCode within = run.territory() == null ? null : RegionCode.of(run.territory());
		SubjectKind kind = SubjectKind.valueOf(run.subject().name());
		try (RecordStream stream = RecordStream.open(records, kind, within, run.asOf(), cursor)) {
			for (int batch = 0; batch < maxBatches; batch++) {
				List<ResultRepository.Row> rows = new ArrayList<>(batchSize);
				int[] skipped = { 0 };
				long last;
				if (run.subject() == FileKind.ENTERPRISE) {
					List<EnterpriseFacts> page = files.enterprises(within, run.asOf(), cursor, batchSize);
					if (page.isEmpty()) {
						finish(run.id(), owner);
						return;
					}
					for (EnterpriseFacts e : page) {
						List<RecordFact> facts = stream.of(e.id());
						if (!e.released()) {
							skipped[0]++;
							continue;
						}
						Evaluation ev = model.evaluate(Features.of(model.model(), e, facts, run.asOf()));
						rows.add(codec.row(run.id(), FileKind.ENTERPRISE, e.id(), e.regionCode(), e.id(), ev));
					}
					last = page.get(page.size() - 1).id();
				}
				else {
					List<WorkerFacts> page = files.workers(within, run.asOf(), cursor, batchSize);
					if (page.isEmpty()) {
						finish(run.id(), owner);
						return;
					}
					for (WorkerFacts w : page) {
						List<RecordFact> facts = stream.of(w.id());
						if (!w.released()) {
							skipped[0]++;
							continue;
						}
						Evaluation ev = model.evaluate(Features.of(model.model(), w, facts, run.asOf()));
						rows.add(codec.row(run.id(), FileKind.WORKER, w.id(), w.regionCode(), w.enterpriseId(), ev));
					}
					last = page.get(page.size() - 1).id();
				}
				long next = last;
				tx.executeWithoutResult(status -> {
					results.insert(rows);
					if (!runs.advance(run.id(), owner, next, rows.size(), skipped[0], LEASE)) {
						throw new LostLease();
					}
				});
				cursor = next;
			}
		}
	}

	private void finish(long runId, String owner) {
		if (!runs.finish(runId, owner, RunState.DONE, null)) {
			throw new LostLease();
		}
	}

	/** A re-rating of one subject under one model version, as of {@code asOf}; empty when the file is not released. */
	Optional<Rated> rateOne(ModelVersion version, FileKind kind, long subjectId, LocalDate asOf) {
		CompiledModel model = models.compiled(version.modelId(), version.version());
		List<RecordFact> facts = records.of(SubjectKind.valueOf(kind.name()), subjectId, asOf);
		if (kind == FileKind.ENTERPRISE) {
			return files.enterprise(subjectId, asOf)
				.filter(EnterpriseFacts::released)
				.map(e -> new Rated(e.regionCode(), e.id(), model.evaluate(Features.of(model.model(), e, facts, asOf))));
		}
		return files.worker(subjectId, asOf)
			.filter(WorkerFacts::released)
			.map(w -> new Rated(w.regionCode(), w.enterpriseId(), model.evaluate(Features.of(model.model(), w, facts, asOf))));
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
