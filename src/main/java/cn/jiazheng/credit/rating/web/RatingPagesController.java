package cn.jiazheng.credit.rating.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.rating.InvalidModelException;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.rating.RatingModels;
import cn.jiazheng.credit.rating.RatingPublication;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.Ratings;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.rating.ScoringModel;
import cn.jiazheng.credit.region.RegionCode;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 信用评价 for regulators: models (view, upload, activate, retire, dry-run), runs with progress, results explained. */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
class RatingPagesController {

	private static final int PAGE_SIZE = 50;

	private static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");

	private final RatingModels models;

	private final Ratings ratings;

	private final RatingPublication publication;

	RatingPagesController(RatingModels models, Ratings ratings, RatingPublication publication) {
		this.models = models;
		this.ratings = ratings;
		this.publication = publication;
	}

	@GetMapping("/ratings/models")
	String models(Actor actor, Model model) {
		List<ModelVersion> versions = models.list(actor);
		model.addAttribute("byModel", versions.stream().collect(Collectors.groupingBy(ModelVersion::modelId,
				java.util.LinkedHashMap::new, Collectors.toList())));
		model.addAttribute("mayChange", models.mayChange(actor));
		return "rating/models";
	}

	@PostMapping("/ratings/models")
	String upload(Actor actor, @RequestParam(required = false) String source, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (!models.mayChange(actor)) {
			throw new AccessDeniedException("rating.model.change-denied");
		}
		String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : source;
		try {
			ModelVersion stored = models.upload(actor, text);
			redirect.addFlashAttribute("done", "rating.model.uploaded");
			return "redirect:/ratings/models/" + stored.modelId() + "/" + stored.version();
		}
		catch (InvalidModelException ex) {
			response.setStatus(400);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("source", text);
			return models(actor, model);
		}
	}

	@GetMapping("/ratings/models/{modelId}/{version}")
	String model(Actor actor, @PathVariable String modelId, @PathVariable int version, Model model) {
		ModelVersion v = models.get(actor, modelId, version);
		model.addAttribute("version", v);
		model.addAttribute("source", models.source(actor, modelId, version));
		model.addAttribute("versions", models.versions(actor, modelId));
		model.addAttribute("scoring", models.model(modelId, version));
		model.addAttribute("mayChange", models.mayChange(actor));
		return "rating/model";
	}

	@PostMapping("/ratings/models/{modelId}/{version}/activation")
	String activate(Actor actor, @PathVariable String modelId, @PathVariable int version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		return change(actor, modelId, version, confirm, redirect, true);
	}

	@PostMapping("/ratings/models/{modelId}/{version}/retirement")
	String retire(Actor actor, @PathVariable String modelId, @PathVariable int version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		return change(actor, modelId, version, confirm, redirect, false);
	}

	private String change(Actor actor, String modelId, int version, boolean confirm, RedirectAttributes redirect, boolean activate) {
		if (!models.mayChange(actor)) {
			throw new AccessDeniedException("rating.model.change-denied");
		}
		if (!confirm) {
			redirect.addFlashAttribute("error", "rating.page.confirm-required");
			redirect.addFlashAttribute("errorArgs", new Object[0]);
			return "redirect:/ratings/models/" + modelId + "/" + version;
		}
		try {
			if (activate) {
				models.activate(actor, modelId, version);
			}
			else {
				models.retire(actor, modelId, version);
			}
			redirect.addFlashAttribute("done", activate ? "rating.model.activated" : "rating.model.retired");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return "redirect:/ratings/models/" + modelId + "/" + version;
	}

	@GetMapping("/ratings/runs")
	String runs(Actor actor, Model model) {
		model.addAttribute("runs", ratings.runs(actor, 100));
		model.addAttribute("models", models.list(actor));
		model.addAttribute("kinds", List.of(RunKind.FULL, RunKind.DRY));
		model.addAttribute("territory", actor.territory() == null ? "" : actor.territory().value());
		model.addAttribute("pendingDynamic", publication.pendingDynamic(actor));
		return "rating/runs";
	}

	@PostMapping("/ratings/runs")
	String start(Actor actor, @RequestParam(required = false) String model, @RequestParam(required = false) RunKind kind,
			@RequestParam(required = false) String territory, Model page, HttpServletResponse response) {
		try {
			if (model == null || !model.contains("@")) {
				throw new InvalidValueException("model", "rating.run.model-required");
			}
			String modelId = model.substring(0, model.indexOf('@'));
			int version = Integer.parseInt(model.substring(model.indexOf('@') + 1));
			RegionCode where = territory == null || territory.isBlank() ? null : RegionCode.of(territory.strip());
			RunKind k = kind == null ? RunKind.DRY : kind;
			RatingRun run = ratings.start(actor, modelId, k == RunKind.FULL ? null : version, k, where);
			return "redirect:/ratings/runs/" + run.id();
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			page.addAttribute("error", ex.messageKey());
			page.addAttribute("errorArgs", ex.arguments());
		}
		catch (InvalidValueException | NumberFormatException ex) {
			response.setStatus(400);
			page.addAttribute("error", ex instanceof InvalidValueException iv ? iv.messageKey() : "rating.run.model-required");
			page.addAttribute("errorArgs", ex instanceof InvalidValueException iv ? iv.arguments() : new Object[0]);
		}
		return runs(actor, page);
	}

	@GetMapping("/ratings/runs/{id}")
	String run(Actor actor, @PathVariable long id, @RequestParam(required = false) String grade,
			@RequestParam(defaultValue = "0") int page, Model model) {
		RatingRun run = ratings.run(actor, id);
		model.addAttribute("run", run);
		Map<String, Long> distribution = ratings.distribution(actor, id);
		model.addAttribute("distribution", distribution);
		model.addAttribute("largest", Math.max(1, distribution.values().stream().mapToLong(Long::longValue).max().orElse(1)));
		model.addAttribute("results", ratings.results(actor, id, grade, page, PAGE_SIZE));
		model.addAttribute("grade", grade);
		model.addAttribute("scoring", models.model(run.modelId(), run.modelVersion()));
		if (run.kind() == RunKind.DRY && run.finished()) {
			model.addAttribute("migration", ratings.migration(actor, id));
		}
		LocalDate today = LocalDate.now(BEIJING);
		model.addAttribute("today", today);
		if (run.published()) {
			model.addAttribute("corrections", publication.corrections(actor, id));
			model.addAttribute("unanswered", publication.unanswered(actor, id));
			model.addAttribute("windowOpen", !today.isAfter(run.windowCloses()));
		}
		return "rating/run";
	}

	/** 公示 (Ordos art. 14), after the confirmation box is ticked. */
	@PostMapping("/ratings/runs/{id}/publication")
	String publish(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		ratings.run(actor, id);
		return confirmed(id, confirm, redirect, "rating.page.published", () -> publication.publish(actor, id));
	}

	/** 终评 (Ordos art. 16), after the confirmation box is ticked. */
	@PostMapping("/ratings/runs/{id}/finalisation")
	String finalise(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		ratings.run(actor, id);
		return confirmed(id, confirm, redirect, "rating.page.finalised", () -> publication.finalise(actor, id));
	}

	private static String confirmed(long id, boolean confirm, RedirectAttributes redirect, String done, Runnable action) {
		if (!confirm) {
			redirect.addFlashAttribute("error", "rating.page.confirm-required");
			redirect.addFlashAttribute("errorArgs", new Object[0]);
		}
		else {
			try {
				action.run();
				redirect.addFlashAttribute("done", done);
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("error", ex.messageKey());
				redirect.addFlashAttribute("errorArgs", ex.arguments());
			}
		}
		return "redirect:/ratings/runs/" + id;
	}

	/** Publishes the pending dynamic re-ratings of the regulator's territory. */
	@PostMapping("/ratings/dynamic/publication")
	String publishDynamic(Actor actor, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		return dynamic(confirm, redirect, () -> publication.publishDynamic(actor, LocalDate.now(BEIJING)), "rating.page.dynamic-published");
	}

	/** Finalises the published dynamic re-ratings whose window closed and whose objections are answered. */
	@PostMapping("/ratings/dynamic/finalisation")
	String finaliseDynamic(Actor actor, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		return dynamic(confirm, redirect, () -> publication.finaliseDynamic(actor, LocalDate.now(BEIJING)), "rating.page.dynamic-finalised");
	}

	private static String dynamic(boolean confirm, RedirectAttributes redirect, java.util.function.IntSupplier action, String done) {
		if (!confirm) {
			redirect.addFlashAttribute("error", "rating.page.confirm-required");
			redirect.addFlashAttribute("errorArgs", new Object[0]);
		}
		else {
			try {
				int count = action.getAsInt();
				redirect.addFlashAttribute("done", done);
				redirect.addFlashAttribute("doneArgs", new Object[] { count });
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("error", ex.messageKey());
				redirect.addFlashAttribute("errorArgs", ex.arguments());
			}
		}
		return "redirect:/ratings/runs";
	}

	@GetMapping("/ratings/runs/{id}/results/{subjectId}")
	String result(Actor actor, @PathVariable long id, @PathVariable long subjectId, Model model) {
		RatingRun run = ratings.run(actor, id);
		RatingResult result = ratings.result(actor, id, run.subject(), subjectId);
		ScoringModel scoring = models.model(run.modelId(), run.modelVersion());
		model.addAttribute("run", run);
		model.addAttribute("result", result);
		model.addAttribute("scoring", scoring);
		model.addAttribute("band", scoring.bandOf(result.evaluation().band().grade()));
		model.addAttribute("gradeBand", result.evaluation().grade() == null ? null : scoring.bandOf(result.evaluation().grade()));
		model.addAttribute("noEvaluations", scoring.features().values().stream()
			.anyMatch(f -> f.kind() == cn.jiazheng.credit.rating.FeatureKind.AVERAGE_STARS
					|| f.kind() == cn.jiazheng.credit.rating.FeatureKind.EVALUATION_COUNT));
		model.addAttribute("whatIf", run.subject() == FileKind.ENTERPRISE ? ratings.whatWouldChange(actor, id, subjectId) : List.of());
		return "rating/result";
	}
}
