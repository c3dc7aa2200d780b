package cn.jiazheng.credit.rating.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.rating.InvalidModelException;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.rating.RatingModels;
import cn.jiazheng.credit.rating.RatingPublication;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.Ratings;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.region.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 信用评价 over the API: models (read by regulators; changed by the province and the platform admin), runs, results. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "ratings", description = "信用评价 Ratings")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
class RatingApiController {

	private final RatingModels models;

	private final Ratings ratings;

	private final MessageSource messages;

	private final RatingPublication publication;

	RatingApiController(RatingModels models, Ratings ratings, MessageSource messages, RatingPublication publication) {
		this.models = models;
		this.ratings = ratings;
		this.messages = messages;
		this.publication = publication;
	}

	@GetMapping("/rating-models")
	List<ModelVersion> models(Actor actor) {
		return models.list(actor);
	}

	/** The model file as the body (YAML text). */
	@PostMapping("/rating-models")
	ResponseEntity<ModelVersion> upload(Actor actor, @RequestBody(required = false) String source) {
		ModelVersion stored = models.upload(actor, source);
		return ResponseEntity.created(URI.create("/api/v1/rating-models/" + stored.modelId() + "/versions/" + stored.version()))
			.body(stored);
	}

	@GetMapping("/rating-models/{modelId}/versions")
	List<ModelVersion> versions(Actor actor, @PathVariable String modelId) {
		return models.versions(actor, modelId);
	}

	record VersionWithSource(ModelVersion version, String source) {
	}

	@GetMapping("/rating-models/{modelId}/versions/{version}")
	VersionWithSource version(Actor actor, @PathVariable String modelId, @PathVariable int version) {
		return new VersionWithSource(models.get(actor, modelId, version), models.source(actor, modelId, version));
	}

	@PostMapping("/rating-models/{modelId}/versions/{version}/activation")
	ModelVersion activate(Actor actor, @PathVariable String modelId, @PathVariable int version) {
		models.activate(actor, modelId, version);
		return models.get(actor, modelId, version);
	}

	@PostMapping("/rating-models/{modelId}/versions/{version}/retirement")
	ModelVersion retire(Actor actor, @PathVariable String modelId, @PathVariable int version) {
		models.retire(actor, modelId, version);
		return models.get(actor, modelId, version);
	}

	@GetMapping("/rating-runs")
	List<RatingRun> runs(Actor actor) {
		return ratings.runs(actor, 100);
	}

	/** @param territory a region code within the caller's territory; the caller's own when absent */
	record NewRun(String modelId, Integer version, RunKind kind, String territory) {
	}

	@PostMapping("/rating-runs")
	ResponseEntity<RunView> start(Actor actor, @RequestBody NewRun request) {
		if (request == null || request.kind() == null) {
			throw new InvalidValueException("kind", "rating.run.kind-invalid", "");
		}
		RegionCode territory = request.territory() == null || request.territory().isBlank() ? null : RegionCode.of(request.territory());
		RatingRun run = ratings.start(actor, request.modelId(), request.version(), request.kind(), territory);
		return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/rating-runs/" + run.id())).body(RunView.of(run));
	}

	/** A run with its progress in the shape the progress bar polls. */
	record RunView(RatingRun run, Progress progress) {

		static RunView of(RatingRun run) {
			return new RunView(run, new Progress(run.total(), run.processed(), run.done(), run.skipped(), run.finished()));
		}
	}

	record Progress(long total, long processed, long rated, long skipped, boolean finished) {
	}

	@GetMapping("/rating-runs/{id}")
	RunView run(Actor actor, @PathVariable long id) {
		return RunView.of(ratings.run(actor, id));
	}

	@GetMapping("/rating-runs/{id}/results")
	Ratings.ResultPage results(Actor actor, @PathVariable long id, @RequestParam(required = false) String grade,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return ratings.results(actor, id, grade, page, size);
	}

	record ResultView(RatingResult result, List<Ratings.WhatIf> whatWouldChange) {
	}

	@GetMapping("/rating-runs/{id}/results/{subjectId}")
	ResultView result(Actor actor, @PathVariable long id, @PathVariable long subjectId) {
		RatingRun run = ratings.run(actor, id);
		RatingResult result = ratings.result(actor, id, run.subject(), subjectId);
		return new ResultView(result, run.subject() == cn.jiazheng.credit.archive.FileKind.ENTERPRISE
				? ratings.whatWouldChange(actor, id, subjectId) : List.of());
	}

	@GetMapping("/rating-runs/{id}/distribution")
	Map<String, Long> distribution(Actor actor, @PathVariable long id) {
		return ratings.distribution(actor, id);
	}

	@GetMapping("/rating-runs/{id}/migration")
	Ratings.Migration migration(Actor actor, @PathVariable long id) {
		return ratings.migration(actor, id);
	}

	@Operation(summary = "公示 Publish a finished FULL run (Ordos art. 14)",
			description = "Results move INITIAL → PUBLISHED once (409 the second time); one objection window per result closes on "
					+ "the 15th working day after today on the official calendar.")
	@PostMapping("/rating-runs/{id}/publication")
	RunView publish(Actor actor, @PathVariable long id) {
		return RunView.of(publication.publish(actor, id));
	}

	@Operation(summary = "终评 Finalise a published run (Ordos art. 16)",
			description = "Refused (409, naming the condition) while an objection window of the run or of a correction of it is open, "
					+ "or while an objection is unanswered. The results become the subjects' current final grades.")
	@PostMapping("/rating-runs/{id}/finalisation")
	RunView finalise(Actor actor, @PathVariable long id) {
		return RunView.of(publication.finalise(actor, id));
	}

	record Count(long count) {
	}

	@Operation(summary = "Pending dynamic re-ratings of the caller's territory")
	@GetMapping("/dynamic-ratings")
	Count pendingDynamic(Actor actor) {
		return new Count(publication.pendingDynamic(actor));
	}

	@Operation(summary = "公示 Publish the pending dynamic re-ratings of the caller's territory")
	@PostMapping("/dynamic-ratings/publication")
	Count publishDynamic(Actor actor) {
		return new Count(publication.publishDynamic(actor, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
	}

	@Operation(summary = "终评 Finalise the published dynamic re-ratings whose window has closed and whose objections are answered")
	@PostMapping("/dynamic-ratings/finalisation")
	Count finaliseDynamic(Actor actor) {
		return new Count(publication.finaliseDynamic(actor, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
	}

	/** A refused model file: every problem with its line, in the caller's language; nothing was stored. */
	@ExceptionHandler(InvalidModelException.class)
	ResponseEntity<ProblemDetail> invalidModel(InvalidModelException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setProperty("field", "model");
		problem.setProperty("problems", ex.problems().stream()
			.map(p -> Map.of("line", p.line(), "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}
}
