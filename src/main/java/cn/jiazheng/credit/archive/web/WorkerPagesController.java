package cn.jiazheng.credit.archive.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiazheng.credit.archive.BackgroundCheck;
import cn.jiazheng.credit.archive.BackgroundChecks;
import cn.jiazheng.credit.archive.BackgroundResult;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.HealthResult;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.ServiceCategory;
import cn.jiazheng.credit.archive.SkillLevel;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 家政服务员 pages and 一人一档: regulators list their territory's workers by the state of their file
 * and review submitted files; enterprises register their own workers and keep their files. Pages show
 * files masked; the whole file is opened (and audited) only when the enterprise chooses to edit it or a
 * reviewer looks at what a submission changes. Whole identifiers are shown only on an explicit request.
 */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class WorkerPagesController {

	private static final int PAGE_SIZE = 50;

	/** The list filter's value for workers whose file is not started (未建档). */
	static final String NOT_STARTED = "NONE";

	private final Workers workers;

	private final WorkerFiles files;

	private final BackgroundChecks checks;

	private final EnterpriseFiles enterprises;

	private final RegionDirectory regions;

	private final MessageSource messages;

	private final cn.jiazheng.credit.archive.WorkerPhotos photos;

	WorkerPagesController(Workers workers, WorkerFiles files, BackgroundChecks checks, EnterpriseFiles enterprises,
			RegionDirectory regions, MessageSource messages, cn.jiazheng.credit.archive.WorkerPhotos photos) {
		this.photos = photos;
		this.workers = workers;
		this.files = files;
		this.checks = checks;
		this.enterprises = enterprises;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/workers")
	String list(Actor actor, @RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		List<Worker> found = List.of();
		try {
			found = find(actor, state, q, current);
		}
		catch (InvalidValueException ex) {
			error(model, ex);
		}
		Map<RevisionState, Long> byState = files.countByState(actor);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put(NOT_STARTED, byState.getOrDefault(null, 0L));
		for (RevisionState each : RevisionState.values()) {
			counts.put(each.name(), byState.getOrDefault(each, 0L));
		}
		model.addAttribute("workers", found);
		model.addAttribute("counts", counts);
		model.addAttribute("total", byState.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("state", state);
		model.addAttribute("q", q);
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("countyNames", CountyNames.of(regions, found.stream().map(Worker::regionCode).toList()));
		return "archive/workers";
	}

	/** An ID number is looked up by its blind index whatever the filter; a name within the filter's state. */
	private List<Worker> find(Actor actor, String state, String q, int page) {
		if (state.isBlank()) {
			return workers.search(actor, q, page, PAGE_SIZE);
		}
		RevisionState wanted = NOT_STARTED.equals(state) ? null : parseState(state);
		if (q.strip().matches("\\d{15}|\\d{17}[\\dXx]")) {
			return workers.search(actor, q, 0, 1).stream().filter(w -> w.state() == wanted).toList();
		}
		return wanted == null ? files.listNotStarted(actor, q, page, PAGE_SIZE) : files.list(actor, wanted, q, page, PAGE_SIZE);
	}

	private static RevisionState parseState(String state) {
		try {
			return RevisionState.valueOf(state);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("state", "archive.field.choice-invalid", state);
		}
	}

	@PostMapping("/workers")
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	String register(Actor actor, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String residentId, @RequestParam(defaultValue = "") String phone, Model model,
			RedirectAttributes redirect) {
		try {
			long id = workers.register(actor, name, residentId, phone);
			redirect.addFlashAttribute("done", "archive.worker.registered");
			return "redirect:/workers/" + id;
		}
		catch (InvalidValueException ex) {
			model.addAttribute("registrationError", ex);
			model.addAttribute("registrationLabel",
					"name".equals(ex.field()) ? new ErrorLabel("archive.worker.name", null) : ErrorLabel.of(ex.field()));
			model.addAttribute("registration", new String[] { name, phone });
			return list(actor, "", "", 0, model);
		}
	}

	@GetMapping("/workers/{id}")
	String show(Actor actor, @PathVariable long id, Model model, Locale locale) {
		return page(actor, id, model, locale, false);
	}

	/**
	 * The form, filled from the latest revision opened whole: an audited view, and the reason why merely
	 * looking at the worker's page does not fill it.
	 */
	@GetMapping("/workers/{id}/edit")
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	String edit(Actor actor, @PathVariable long id, Model model, Locale locale) {
		List<Revision<WorkerFile>> history = files.history(actor, id);
		Revision<WorkerFile> latest = history.isEmpty() ? null : history.get(0);
		if (latest != null && latest.state().open() && !latest.state().editable()) {
			return page(actor, id, model, locale, false);
		}
		model.addAttribute("form", latest == null ? WorkerFileForm.empty()
				: WorkerFileForm.of(files.open(actor, id, latest.number()).file()));
		return page(actor, id, model, locale, true);
	}

	@PostMapping("/workers/{id}/file")
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	String save(Actor actor, @PathVariable long id, @ModelAttribute("form") WorkerFileForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			int revision = files.saveDraft(actor, id, form.toFile());
			redirect.addFlashAttribute("done", "archive.page.saved");
			redirect.addFlashAttribute("doneArgument", revision);
			return "redirect:/workers/" + id;
		}
		catch (InvalidValueException | ConflictException ex) {
			error(model, ex);
			form.padded();
			return page(actor, id, model, locale, true);
		}
	}

	@PostMapping("/workers/{id}/submission")
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	String submit(Actor actor, @PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			files.submit(actor, id);
			redirect.addFlashAttribute("done", "archive.page.submitted");
			return "redirect:/workers/" + id;
		}
		catch (InvalidValueException | ConflictException ex) {
			if (ex instanceof ConflictException conflict && "archive.worker.consent-required".equals(conflict.messageKey())) {
				model.addAttribute("consentMissing", true);
			}
			else {
				error(model, ex);
			}
			return page(actor, id, model, locale, false);
		}
	}

	@PostMapping("/workers/{id}/revisions/{number}/approval")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
	String approve(Actor actor, @PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
		RevisionState state = files.approve(actor, id, number);
		redirect.addFlashAttribute("done", state == RevisionState.PUBLICITY ? "archive.page.approved-publicity" : "archive.page.approved");
		return "redirect:/workers/" + id;
	}

	@PostMapping("/workers/{id}/revisions/{number}/return")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
	String returnToEnterprise(Actor actor, @PathVariable long id, @PathVariable int number,
			@RequestParam(defaultValue = "") String reason, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			files.returnToEnterprise(actor, id, number, reason);
		}
		catch (InvalidValueException ex) {
			error(model, ex);
			return page(actor, id, model, locale, false);
		}
		redirect.addFlashAttribute("done", "archive.page.returned");
		return "redirect:/workers/" + id;
	}

	/** A result cannot be changed once recorded: the form asks for a confirmation first. */
	@PostMapping("/workers/{id}/background-checks")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
	String recordBackground(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String checkedOn,
			@RequestParam(defaultValue = "") String authority, @RequestParam(defaultValue = "") String result,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String validUntil,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			BackgroundCheck check = new BackgroundCheck(FormValues.date("checkedOn", checkedOn), FormValues.blankToNull(authority),
					result.isBlank() ? null : backgroundResult(result), FormValues.blankToNull(category),
					FormValues.date("validUntil", validUntil));
			if (!confirm) {
				throw new InvalidValueException("confirm", "archive.background.confirm-required");
			}
			checks.record(actor, id, check);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("backgroundError", ex);
			model.addAttribute("backgroundErrorLabel", ErrorLabel.of(ex.field()));
			return page(actor, id, model, locale, false);
		}
		redirect.addFlashAttribute("done", "archive.background.recorded");
		return "redirect:/workers/" + id;
	}

	/** A POST, so that the whole identifiers are never in a URL, a browser history or a proxy log. */
	@PostMapping("/workers/{id}/identity")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN')")
	String reveal(Actor actor, @PathVariable long id, Model model, Locale locale) {
		model.addAttribute("identity", workers.reveal(actor, id));
		return show(actor, id, model, locale);
	}

	/**
	 * The worker's page: identity masked, the latest revision masked, the review (differences, audited)
	 * for reviewers while it waits, the background check as the reader may see it, and the history.
	 */
	private String page(Actor actor, long id, Model model, Locale locale, boolean editing) {
		Worker worker = workers.get(actor, id);
		List<Revision<WorkerFile>> history = files.history(actor, id);
		Revision<WorkerFile> latest = history.isEmpty() ? null : history.get(0);
		boolean reviewer = actor.role() == Role.REGULATOR || actor.role() == Role.PLATFORM_ADMIN;
		model.addAttribute("worker", worker);
		model.addAttribute("hasPhoto", photos.exists(actor, id));
		model.addAttribute("regions", regions);
		model.addAttribute("history", history);
		model.addAttribute("latest", latest);
		model.addAttribute("categories", enterprises.serviceCategories());
		model.addAttribute("offeredCategories", offered(enterprises.serviceCategories()));
		model.addAttribute("skillLevels", SkillLevel.values());
		model.addAttribute("healthResults", HealthResult.values());
		model.addAttribute("backgroundResults", BackgroundResult.values());
		model.addAttribute("background", checks.latest(actor, id).orElse(null));
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("editing", editing && model.containsAttribute("form"));
		if (reviewer && latest != null && latest.state() == RevisionState.SUBMITTED) {
			model.addAttribute("differences", readable(files.differences(actor, id, latest.number()), locale));
		}
		return "archive/worker";
	}

	private static void error(Model model, RuntimeException ex) {
		model.addAttribute("formError", ex);
		if (ex instanceof InvalidValueException invalid) {
			model.addAttribute("errorLabel", ErrorLabel.of(invalid.field()));
		}
	}

	/** Reviewers read names, not codes: service categories, skill levels and examination results. */
	private Map<String, List<String>> readable(Map<String, List<String>> differences, Locale locale) {
		Map<String, List<String>> named = new LinkedHashMap<>(differences);
		List<String> categories = differences.get("serviceCategories");
		if (categories != null) {
			Map<String, String> names = new LinkedHashMap<>();
			enterprises.serviceCategories().forEach(category -> names.put(category.code(), category.name(locale)));
			named.put("serviceCategories", categories.stream()
				.map(text -> text.isEmpty() ? text
						: Arrays.stream(text.split("、")).map(code -> names.getOrDefault(code, code)).collect(Collectors.joining("、")))
				.toList());
		}
		List<String> skill = differences.get("skillLevel");
		if (skill != null) {
			named.put("skillLevel", skill.stream()
				.map(level -> level.isEmpty() ? level : messages.getMessage("archive.skill." + level, null, level, locale))
				.toList());
		}
		List<String> health = differences.get("healthExamination");
		if (health != null) {
			String unfit = " " + messages.getMessage("archive.health.UNFIT", null, locale) + " ";
			String fit = " " + messages.getMessage("archive.health.FIT", null, locale) + " ";
			named.put("healthExamination", health.stream().map(text -> text.replace(" UNFIT ", unfit).replace(" FIT ", fit)).toList());
		}
		return named;
	}

	private static BackgroundResult backgroundResult(String value) {
		try {
			return BackgroundResult.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("result", "archive.field.choice-invalid", value);
		}
	}


	/** Unused categories stay out of the edit form's choices but keep their names in a file that has them. */
	static List<ServiceCategory> offered(List<ServiceCategory> all) {
		return all.stream().filter(ServiceCategory::active).toList();
	}
}
