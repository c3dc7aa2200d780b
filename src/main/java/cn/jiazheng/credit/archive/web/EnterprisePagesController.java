package cn.jiazheng.credit.archive.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.ReviewItem;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 企业档案 for regulators: the territory's enterprises by state, registration, the review queue and review. */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
class EnterprisePagesController {

	private static final int PAGE_SIZE = 50;

	private final EnterpriseFiles files;

	private final RegionDirectory regions;

	EnterprisePagesController(EnterpriseFiles files, RegionDirectory regions) {
		this.files = files;
		this.regions = regions;
	}

	@GetMapping("/enterprises")
	String list(Actor actor, @RequestParam(required = false) RevisionState state, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		List<Enterprise> enterprises = files.list(actor, state, q, current, PAGE_SIZE);
		model.addAttribute("enterprises", enterprises);
		model.addAttribute("countyNames", CountyNames.of(regions, enterprises.stream().map(Enterprise::regionCode).toList()));
		Map<RevisionState, Long> counts = files.countByState(actor);
		model.addAttribute("total", q == null || q.isBlank() ? total(counts, state) : files.count(actor, state, q));
		model.addAttribute("counts", counts);
		model.addAttribute("states", RevisionState.values());
		model.addAttribute("state", state);
		model.addAttribute("q", q);
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "archive/enterprises";
	}

	/** Without a search the tabs' counts already hold the total: one count of the territory a page, not two. */
	private static long total(Map<RevisionState, Long> counts, RevisionState state) {
		return state == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(state, 0L);
	}

	@PostMapping("/enterprises")
	String register(Actor actor, @RequestParam(defaultValue = "") String creditCode,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String regionCode, Model model,
			RedirectAttributes redirect) {
		try {
			long id = files.register(actor, creditCode, name, regionCode);
			redirect.addFlashAttribute("done", "archive.page.registered");
			return "redirect:/enterprises/" + id;
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			model.addAttribute("registration", new String[] { creditCode, name, regionCode });
			return list(actor, null, null, 0, model);
		}
	}

	@GetMapping("/enterprises/{id}")
	String show(Actor actor, @PathVariable long id, Model model, Locale locale) {
		List<Revision<EnterpriseFile>> history = files.history(actor, id);
		Revision<EnterpriseFile> latest = history.get(0);
		model.addAttribute("enterprise", files.get(actor, id));
		model.addAttribute("latest", latest);
		model.addAttribute("history", history);
		model.addAttribute("regions", regions);
		model.addAttribute("categories", files.serviceCategories());
		if (latest.state() == RevisionState.SUBMITTED) {
			model.addAttribute("differences", withCategoryNames(files.differences(actor, id, latest.number()), locale));
		}
		return "archive/enterprise";
	}

	@PostMapping("/enterprises/{id}/revisions/{number}/approval")
	String approve(Actor actor, @PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
		RevisionState state = files.approve(actor, id, number);
		redirect.addFlashAttribute("done", state == RevisionState.PUBLICITY ? "archive.page.approved-publicity" : "archive.page.approved");
		return "redirect:/enterprises/" + id;
	}

	@PostMapping("/enterprises/{id}/revisions/{number}/return")
	String returnToEnterprise(Actor actor, @PathVariable long id, @PathVariable int number,
			@RequestParam(defaultValue = "") String reason, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			files.returnToEnterprise(actor, id, number, reason);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return show(actor, id, model, locale);
		}
		redirect.addFlashAttribute("done", "archive.page.returned");
		return "redirect:/enterprises/" + id;
	}

	/** Reviewers read category names, not codes. */
	private Map<String, List<String>> withCategoryNames(Map<String, List<String>> differences, Locale locale) {
		List<String> categories = differences.get("serviceCategories");
		if (categories == null) {
			return differences;
		}
		Map<String, List<String>> named = new LinkedHashMap<>(differences);
		Map<String, String> names = new LinkedHashMap<>();
		files.serviceCategories().forEach(category -> names.put(category.code(), category.name(locale)));
		named.put("serviceCategories", categories.stream()
			.map(text -> Arrays.stream(text.split("、")).map(code -> names.getOrDefault(code, code)).collect(Collectors.joining("、")))
			.toList());
		return named;
	}

	@GetMapping("/reviews")
	String queue(Actor actor, @RequestParam(required = false) FileKind kind, @RequestParam(required = false) String within,
			Model model) {
		RegionCode narrowed = within == null || within.isBlank() ? null : RegionCode.of(within);
		List<ReviewItem> queue = files.reviewQueue(actor, kind, narrowed, 200);
		model.addAttribute("queue", queue);
		model.addAttribute("countyNames", CountyNames.of(regions, queue.stream().map(ReviewItem::regionCode).toList()));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", FileKind.values());
		model.addAttribute("waiting", files.reviewCounts(actor));
		model.addAttribute("within", narrowed == null ? "" : narrowed.value());
		model.addAttribute("below", actor.territory() == null ? regions.provinces() : regions.children(actor.territory()));
		return "archive/reviews";
	}
}
