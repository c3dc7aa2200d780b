package cn.jiazheng.credit.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.objection.ObjectionWindow;
import cn.jiazheng.credit.objection.Objections;
import cn.jiazheng.credit.objection.TargetKind;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.rating.Band;
import cn.jiazheng.credit.rating.FinalGradesChanged;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.rating.PublicGrade;
import cn.jiazheng.credit.rating.RatingPublication;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.rating.RunState;
import cn.jiazheng.credit.rating.ScoringModel;
import cn.jiazheng.credit.record.SubjectKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PublicationService implements RatingPublication {

	private static final Logger log = LoggerFactory.getLogger(PublicationService.class);

	/** Window labels are stored with the objection and read by people in the queue: the default language. */
	private static final Locale LABELS = Locale.SIMPLIFIED_CHINESE;

	private final RatingService ratings;

	private final ModelService models;

	private final RunRepository runs;

	private final ResultRepository results;

	private final PublicationRepository publication;

	private final ResultCodec codec;

	private final RatingEngine engine;

	private final Objections objections;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final EnterpriseFiles enterprises;

	private final ApplicationEventPublisher events;

	PublicationService(RatingService ratings, ModelService models, RunRepository runs, ResultRepository results,
			PublicationRepository publication, ResultCodec codec, RatingEngine engine, Objections objections, WorkingCalendar calendar,
			AuditTrail audit, MessageSource messages, EnterpriseFiles enterprises, ApplicationEventPublisher events) {
		this.ratings = ratings;
		this.models = models;
		this.runs = runs;
		this.results = results;
		this.publication = publication;
		this.codec = codec;
		this.engine = engine;
		this.objections = objections;
		this.calendar = calendar;
		this.audit = audit;
		this.messages = messages;
		this.enterprises = enterprises;
		this.events = events;
	}

	private static LocalDate today() {
		return LocalDate.now(RatingService.BEIJING);
	}

	@Override
	public RatingRun publish(Actor by, long runId) {
		return publish(by, runId, today());
	}

	@Override
	@Transactional
	public RatingRun publish(Actor by, long runId, LocalDate day) {
		RatingRun run = ratings.run(by, runId);
		publication.lock(runId);
		run = runs.get(runId);
		if (run.kind() != RunKind.FULL) {
			throw new ConflictException("rating.publish.not-full", String.valueOf(runId));
		}
		if (run.published()) {
			throw new ConflictException("rating.publish.already", String.valueOf(runId), run.publishedOn());
		}
		if (run.state() != RunState.DONE) {
			throw new ConflictException("rating.publish.not-done", String.valueOf(runId));
		}
		LocalDate closes = calendar.plusWorkingDays(day, Objections.PUBLICATION_WINDOW_WORKING_DAYS);
		if (!publication.markPublished(runId, day, closes, by.username())) {
			throw new ConflictException("rating.publish.already", String.valueOf(runId), day);
		}
		List<PublicationRepository.Published> published = publication.publishResults(runId);
		String modelName = models.model(run.modelId(), run.modelVersion()).name();
		Map<Long, String> names = names(published);
		List<ObjectionWindow> windows = new ArrayList<>(published.size());
		for (PublicationRepository.Published p : published) {
			windows.add(window(runId, p, names, day, closes, modelName));
		}
		objections.openWindow(by, windows);
		audit.record(AuditEvent.success(by, "RATING_RUN_PUBLISH", "rating_run", runId).with("published", day.toString())
			.with("windowCloses", closes.toString()).with("results", published.size()));
		return runs.get(runId);
	}

	/**
	 * The window of one published result, named for the objection queue: an enterprise by its released name;
	 * a worker by no name, since a worker's name is personal information the queue has no need of.
	 */
	private ObjectionWindow window(long runId, PublicationRepository.Published p, Map<Long, String> names, LocalDate day,
			LocalDate closes, String modelName) {
		String grade = p.grade();
		String label = messages.getMessage("rating.publication.label",
				new Object[] { modelName, grade == null ? messages.getMessage("rating.grade.none", null, LABELS) : grade, String.valueOf(runId) }, LABELS);
		String name = p.subject() == FileKind.ENTERPRISE ? names.get(p.subjectId()) : null;
		return new ObjectionWindow(TargetKind.RATING_RESULT, RatingPublication.targetRef(runId, p.subject(), p.subjectId()),
				SubjectKind.valueOf(p.subject().name()), p.subjectId(), p.regionCode(), day, closes).named(name, label);
	}

	private Map<Long, String> names(List<PublicationRepository.Published> published) {
		return enterprises.releasedNames(published.stream().filter(p -> p.subject() == FileKind.ENTERPRISE)
			.map(PublicationRepository.Published::subjectId).toList());
	}

	@Override
	public RatingRun finalise(Actor by, long runId) {
		return finalise(by, runId, today());
	}

	@Override
	@Transactional
	public RatingRun finalise(Actor by, long runId, LocalDate today) {
		RatingRun run = ratings.run(by, runId);
		publication.lock(runId);
		run = runs.get(runId);
		if (run.kind() != RunKind.FULL) {
			throw new ConflictException(run.revisesRunId() != null ? "rating.finalise.correction" : "rating.finalise.not-full", String.valueOf(runId),
					String.valueOf(run.revisesRunId()));
		}
		if (!run.published()) {
			throw new ConflictException("rating.finalise.not-published", String.valueOf(runId));
		}
		if (run.finalised()) {
			throw new ConflictException("rating.finalise.already", String.valueOf(runId), run.finalisedOn());
		}
		List<Long> family = publication.family(runId);
		LocalDate closes = publication.latestClose(family).orElse(run.windowCloses());
		if (!today.isAfter(closes)) {
			throw new ConflictException("rating.finalise.window-open", closes);
		}
		long open = unansweredOf(family);
		if (open > 0) {
			throw new ConflictException("rating.finalise.unanswered", open);
		}
		publication.markFinalised(family, today, by.username());
		int moved = publication.finaliseResults(family, run.modelId(), run.subject(), run.territory(), true);
		events.publishEvent(new FinalGradesChanged(run.modelId()));
		audit.record(AuditEvent.success(by, "RATING_RUN_FINALISE", "rating_run", runId).with("finalised", today.toString())
			.with("results", moved).with("corrections", family.size() - 1));
		return runs.get(runId);
	}

	private long unansweredOf(List<Long> runIds) {
		long open = 0;
		for (long id : runIds) {
			open += objections.unansweredCount(TargetKind.RATING_RESULT, RatingPublication.runPrefix(id));
		}
		return open;
	}

	@Override
	@Transactional(readOnly = true)
	public long pendingDynamic(Actor reader) {
		ModelService.requireReader(reader);
		return publication.pendingDynamic(reader.scope());
	}

	@Override
	@Transactional
	public int publishDynamic(Actor by, LocalDate day) {
		ModelService.requireReader(by);
		LocalDate closes = calendar.plusWorkingDays(day, Objections.PUBLICATION_WINDOW_WORKING_DAYS);
		List<ObjectionWindow> windows = new ArrayList<>();
		for (long runId : publication.takePendingDynamic(by.scope())) {
			RatingRun run = runs.get(runId);
			if (!publication.markPublished(runId, day, closes, by.username())) {
				continue;
			}
			String modelName = models.model(run.modelId(), run.modelVersion()).name();
			List<PublicationRepository.Published> published = publication.publishResults(runId);
			Map<Long, String> names = names(published);
			for (PublicationRepository.Published p : published) {
				windows.add(window(runId, p, names, day, closes, modelName));
			}
		}
		objections.openWindow(by, windows);
		audit.record(AuditEvent.success(by, "RATING_DYNAMIC_PUBLISH", "rating_run", "dynamic").with("published", day.toString())
			.with("results", windows.size()));
		return windows.size();
	}

	@Override
	@Transactional
	public int finaliseDynamic(Actor by, LocalDate today) {
		ModelService.requireReader(by);
		int finalised = 0;
		for (long runId : publication.finalisableDynamic(by.scope(), today)) {
			if (unansweredOf(List.of(runId)) > 0) {
				continue;
			}
			RatingRun run = runs.get(runId);
			if (publication.markFinalised(List.of(runId), today, by.username()) == 1) {
				publication.finaliseResults(List.of(runId), run.modelId(), run.subject(), run.territory(), false);
				events.publishEvent(new FinalGradesChanged(run.modelId()));
				finalised++;
			}
		}
		audit.record(AuditEvent.success(by, "RATING_DYNAMIC_FINALISE", "rating_run", "dynamic").with("finalised", today.toString())
			.with("results", finalised));
		return finalised;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RatingRun> corrections(Actor reader, long runId) {
		ratings.run(reader, runId);
		return publication.corrections(runId).stream().map(runs::get).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public long unanswered(Actor reader, long runId) {
		ratings.run(reader, runId);
		return unansweredOf(publication.family(runId));
	}

	/**
	 * 更正后重新公示: the subject of an upheld objection is re-rated under the model version of the run it objected
	 * to, with the data as corrected by now; the new result is published today with a window of its own and the
	 * old one is superseded. A result no longer published (already superseded or final) is left alone.
	 */
	@Transactional
	public Optional<Long> republish(long runId, FileKind kind, long subjectId, LocalDate day) {
		publication.lock(runId);
		RatingRun run = runs.get(runId);
		if (!publication.supersede(runId, kind, subjectId)) {
			log.info("Upheld objection against run {} {} {}: the result is no longer published, nothing to correct", runId, kind,
					subjectId);
			return Optional.empty();
		}
		ModelVersion version = models.find(run.modelId(), run.modelVersion());
		Optional<RatingEngine.Rated> rated = engine.rateOne(version, kind, subjectId, day);
		if (rated.isEmpty()) {
			log.info("Upheld objection against run {}: {} {} has no released file any more, not re-rated", runId, kind, subjectId);
			return Optional.empty();
		}
		long root = run.revisesRunId() != null ? run.revisesRunId() : run.id();
		LocalDate closes = calendar.plusWorkingDays(day, Objections.PUBLICATION_WINDOW_WORKING_DAYS);
		String county = rated.get().regionCode();
		long correction = publication.insertCorrection(run.modelId(), run.modelVersion(), kind, county, day, closes, root,
				AuditActor.SYSTEM.auditName());
		results.insert(List.of(codec.row(correction, kind, subjectId, county, rated.get().enterpriseId(), rated.get().evaluation())));
		publication.publishResult(correction);
		PublicationRepository.Published corrected = new PublicationRepository.Published(kind, subjectId, county,
				rated.get().evaluation().grade());
		objections.openWindow(AuditActor.SYSTEM, window(correction, corrected, names(List.of(corrected)), day, closes,
				models.model(run.modelId(), run.modelVersion()).name()));
		audit.record(AuditEvent.success(AuditActor.SYSTEM, "RATING_RESULT_CORRECT", "rating_run", correction)
			.with("revises", runId).with("subject", kind.name() + ":" + subjectId).with("windowCloses", closes.toString()));
		return Optional.of(correction);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Standing> standing(Actor enterprise, LocalDate today) {
		if (!enterprise.role().isEnterprise() || enterprise.enterpriseId() == null) {
			throw new AccessDeniedException("rating.credit.enterprise-only");
		}
		long id = enterprise.enterpriseId();
		List<Standing> standing = new ArrayList<>();
		for (ModelVersion version : models.active()) {
			if (version.subject() != FileKind.ENTERPRISE) {
				continue;
			}
			RatingRun finalRun = publication.finalRun(version.modelId(), FileKind.ENTERPRISE, id).map(runs::get).orElse(null);
			RatingResult finalResult = finalRun == null ? null : own(enterprise, finalRun, id);
			RatingRun publishedRun = publication.publishedRun(version.modelId(), FileKind.ENTERPRISE, id,
					finalRun == null ? 0 : finalRun.id()).map(runs::get).orElse(null);
			RatingResult published = publishedRun == null ? null : own(enterprise, publishedRun, id);
			RatingResult newest = published != null ? published : finalResult;
			RatingRun newestRun = published != null ? publishedRun : finalRun;
			String name = models.model(version.modelId(), version.version()).name();
			standing.add(new Standing(version.modelId(), name, finalRun, finalResult, publishedRun, published,
					publishedRun == null ? null : RatingPublication.targetRef(publishedRun.id(), FileKind.ENTERPRISE, id),
					newest == null ? List.of() : ratings.whatIf(enterprise, newest, newestRun)));
		}
		return standing;
	}

	@Override
	public List<PublicGrade> finalGrades(long enterpriseId) {
		return publication.publicFinalGrades(enterpriseId).stream().map(row -> {
			ScoringModel model = models.model(row.modelId(), row.modelVersion());
			Band band = row.grade() == null ? null : model.bandOf(row.grade());
			return new PublicGrade(row.modelId(), model.name(), row.grade(), band == null ? null : band.label(),
					band == null ? null : band.risk(), row.finalisedOn());
		}).toList();
	}

	private RatingResult own(Actor enterprise, RatingRun run, long id) {
		return results.find(enterprise.scope(), run.id(), FileKind.ENTERPRISE, id).map(codec::result)
			.orElseThrow(() -> new NotFoundException("rating.result.not-found", id));
	}
}
