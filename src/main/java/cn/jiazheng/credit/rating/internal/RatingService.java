package cn.jiazheng.credit.rating.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.RatingFacts;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.rating.Band;
import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.ModelState;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.Ratings;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.rating.ScoringModel;
import cn.jiazheng.credit.record.CreditRecord;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.RecordFacts;
import cn.jiazheng.credit.record.RecordFilter;
import cn.jiazheng.credit.record.RecordState;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RatingService implements Ratings {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final int CHANGES_SHOWN = 500;

	private final ModelService models;

	private final RunRepository runs;

	private final ResultRepository results;

	private final ResultCodec codec;

	private final RatingEngine engine;

	private final RatingFacts files;

	private final RecordFacts recordFacts;

	private final CreditRecords records;

	private final AuditTrail audit;

	RatingService(ModelService models, RunRepository runs, ResultRepository results, ResultCodec codec, RatingEngine engine,
			RatingFacts files, RecordFacts recordFacts, CreditRecords records, AuditTrail audit) {
		this.models = models;
		this.runs = runs;
		this.results = results;
		this.codec = codec;
		this.engine = engine;
		this.files = files;
		this.recordFacts = recordFacts;
		this.records = records;
		this.audit = audit;
	}

	@Override
	public RatingRun start(Actor by, String modelId, Integer version, RunKind kind, RegionCode territory) {
		RatingRun run = create(by, modelId, version, kind, territory);
		engine.dispatch(run.id());
		return run;
	}

	/** Stores the run, RUNNING and unclaimed, without executing it: {@link #start} hands it to the engine. */
	@Transactional
	RatingRun create(Actor by, String modelId, Integer version, RunKind kind, RegionCode territory) {
		ModelService.requireReader(by);
		if (modelId == null || modelId.isBlank()) {
			throw new InvalidValueException("modelId", "rating.run.model-required");
		}
		if (kind == null || kind == RunKind.DYNAMIC) {
			throw new InvalidValueException("kind", "rating.run.kind-invalid", String.valueOf(kind));
		}
		RegionCode where = territory != null ? territory : by.territory();
		if (by.role() == Role.REGULATOR && (where == null || !by.territory().contains(where))) {
			throw new AccessDeniedException("rating.run.territory-outside");
		}
		ModelVersion model;
		if (kind == RunKind.FULL) {
			model = models.active(modelId).orElseThrow(() -> new ConflictException("rating.run.no-active-version", modelId));
			if (version != null && version != model.version()) {
				throw new ConflictException("rating.run.full-needs-active", modelId, version, model.version());
			}
		}
		else {
			List<ModelVersion> versions = models.versions(by, modelId);
			model = version == null ? versions.get(0)
					: versions.stream().filter(v -> v.version() == version).findFirst()
						.orElseThrow(() -> new NotFoundException("rating.model.not-found", modelId));
		}
		if (model.state() == ModelState.RETIRED && kind == RunKind.FULL) {
			throw new ConflictException("rating.run.retired", modelId, model.version());
		}
		LocalDate asOf = LocalDate.now(BEIJING);
		long total = files.count(model.subject(), where);
		long id;
		try {
			id = runs.insert(model.modelId(), model.version(), model.subject(), where == null ? null : where.value(), kind, asOf, total,
					by.username());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("rating.run.already-running", model.modelId(), where == null ? "—" : where.value());
		}
		audit.record(AuditEvent.success(by, "RATING_RUN_START", "rating_run", id).with("model", model.modelId() + "@" + model.version())
			.with("kind", kind.name()));
		return runs.get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public RatingRun run(Actor reader, long runId) {
		ModelService.requireReader(reader);
		return runs.find(reader.scope(), runId).orElseThrow(() -> new NotFoundException("rating.run.not-found", runId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RatingRun> runs(Actor reader, int limit) {
		ModelService.requireReader(reader);
		return runs.list(reader.scope(), Math.max(1, Math.min(limit, 500)));
	}

	@Override
	@Transactional(readOnly = true)
	public ResultPage results(Actor reader, long runId, String grade, int page, int size) {
		run(reader, runId);
		int p = Math.max(0, page);
		int s = Math.max(1, Math.min(size, 500));
		List<RatingResult> items = results.page(reader.scope(), runId, grade, p, s).stream().map(codec::result).toList();
		return new ResultPage(items, results.count(reader.scope(), runId, grade), p, s);
	}

	@Override
	@Transactional(readOnly = true)
	public RatingResult result(Actor reader, long runId, FileKind kind, long subjectId) {
		run(reader, runId);
		return results.find(reader.scope(), runId, kind, subjectId).map(codec::result)
			.orElseThrow(() -> new NotFoundException("rating.result.not-found", subjectId));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> distribution(Actor reader, long runId) {
		RatingRun run = run(reader, runId);
		Map<String, Long> counts = results.distribution(reader.scope(), runId);
		Map<String, Long> ordered = new LinkedHashMap<>();
		for (Band band : models.model(run.modelId(), run.modelVersion()).bands()) {
			ordered.put(band.grade(), counts.getOrDefault(band.grade(), 0L));
		}
		ordered.put("-", counts.getOrDefault("-", 0L));
		return ordered;
	}

	@Override
	@Transactional(readOnly = true)
	public Migration migration(Actor reader, long dryRunId) {
		RatingRun dry = run(reader, dryRunId);
		if (dry.kind() != RunKind.DRY) {
			throw new InvalidValueException("runId", "rating.run.not-dry", dryRunId);
		}
		Long base = runs.latestFull(dry.modelId(), dry.territory()).orElse(null);
		List<String> grades = new ArrayList<>();
		if (base != null) {
			RatingRun b = runs.get(base);
			models.model(b.modelId(), b.modelVersion()).bands().forEach(band -> add(grades, band.grade()));
		}
		models.model(dry.modelId(), dry.modelVersion()).bands().forEach(band -> add(grades, band.grade()));
		grades.add("-");
		grades.add("∅");
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (String from : grades) {
			Map<String, Long> row = new LinkedHashMap<>();
			grades.stream().filter(g -> !g.equals("∅")).forEach(to -> row.put(to, 0L));
			counts.put(from, row);
		}
		for (ResultRepository.Cell cell : results.migration(reader.scope(), dryRunId, base)) {
			counts.get(cell.from()).put(cell.to(), cell.count());
		}
		List<Change> changes = results.changes(reader.scope(), dryRunId, base, CHANGES_SHOWN).stream()
			.map(c -> new Change(c.subject(), c.subjectId(), c.regionCode(), c.from(), c.to(), c.scoreFrom(), c.scoreTo()))
			.toList();
		return new Migration(dryRunId, base, grades, counts, changes);
	}

	private static void add(List<String> grades, String grade) {
		if (!grades.contains(grade)) {
			grades.add(grade);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<WhatIf> whatWouldChange(Actor reader, long runId, long enterpriseId) {
		RatingResult result = result(reader, runId, FileKind.ENTERPRISE, enterpriseId);
		return whatIf(reader, result, runs.get(runId));
	}

	/** {@link #whatWouldChange} for a result already read within the reader's scope (also an enterprise's own). */
	List<WhatIf> whatIf(Actor reader, RatingResult result, RatingRun run) {
		long enterpriseId = result.subjectId();
		LocalDate today = LocalDate.now(BEIJING);
		CompiledModel model = models.compiled(result.evaluation().modelId(), result.evaluation().modelVersion());
		List<WhatIf> answers = new ArrayList<>();
		if (model.tallies().isEmpty()) {
			return answers;
		}
		int[] counts = recordFacts.tally(SubjectKind.ENTERPRISE, enterpriseId, run.asOf(), model.tallies(), null);
		RecordFilter filter = new RecordFilter(null, RecordState.ACTIVE, SubjectKind.ENTERPRISE, enterpriseId);
		for (CreditRecord record : records.list(reader, filter, 0, 200).items()) {
			if (!record.inPublicityOn(today) || !record.publicity().repairableOn(today)) {
				continue;
			}
			int[] without = recordFacts.tally(SubjectKind.ENTERPRISE, enterpriseId, run.asOf(), model.tallies(), record.id());
			if (Arrays.equals(without, counts)) {
				// The record counts for none of the model's features (or not on the rating day): repairing it changes nothing.
				continue;
			}
			ScoringModel m = model.model();
			Evaluation e = model.evaluate(Features.withCounts(m, result.evaluation().features(), without));
			answers.add(new WhatIf(record.id(), record.typeCode(), record.decisionDate(),
					record.publicity().minEnd() == null ? record.decisionDate() : record.publicity().minEnd().plusDays(1), e.score(),
					e.grade(), result.evaluation().grade()));
		}
		return answers;
	}
}
