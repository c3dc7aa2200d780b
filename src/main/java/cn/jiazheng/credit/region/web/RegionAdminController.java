package cn.jiazheng.credit.region.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.region.DatasetReport;
import cn.jiazheng.credit.region.Region;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;
import cn.jiazheng.credit.region.internal.RegionDatasetHistory;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 行政区划管理: browse and search the division tree, load a newer dataset. */
@Controller
@RequestMapping("/admin/regions")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class RegionAdminController {

	private static final int SEARCH_LIMIT = 50;

	private final RegionDirectory directory;

	private final RegionDatasetHistory history;

	private final MessageSource messages;

	RegionAdminController(RegionDirectory directory, RegionDatasetHistory history, MessageSource messages) {
		this.directory = directory;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping
	String browse(@RequestParam(required = false) String code, @RequestParam(required = false) String q,
			Model model) {
		RegionCode current = code == null || code.isBlank() ? null : RegionCode.of(code);
		page(model, current, q);
		return "region/admin";
	}

	@PostMapping("/datasets")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String label,
			@RequestParam(defaultValue = "false") boolean confirm, Authentication who, Model model, Locale locale)
			throws IOException {
		DatasetReport report;
		try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
			report = directory.load(label, in, confirm, AuditActor.simple(who.getName(), "PLATFORM_ADMIN", null));
		}
		model.addAttribute("report", report);
		model.addAttribute("reportErrors", report.errors()
			.stream()
			.map(e -> messages.getMessage(e.messageKey(), e.messageArguments(), locale))
			.toList());
		model.addAttribute("label", label);
		page(model, null, null);
		return "region/admin";
	}

	private void page(Model model, RegionCode current, String query) {
		List<Region> trail = new ArrayList<>();
		if (current != null) {
			Region region = directory.require(current);
			for (RegionCode c = current; c != null; c = c.parent().orElse(null)) {
				directory.find(c).ifPresent(r -> trail.add(0, r));
			}
			model.addAttribute("current", region);
			model.addAttribute("currentPath", directory.namePath(current));
		}
		model.addAttribute("trail", trail);
		model.addAttribute("regions", current == null ? directory.provinces() : directory.children(current));
		if (query != null && !query.isBlank()) {
			model.addAttribute("query", query.strip());
			model.addAttribute("results", directory.search(query, SEARCH_LIMIT).stream()
				.map(r -> new Found(r, directory.namePath(r.code())))
				.toList());
		}
		int[] counts = history.counts();
		model.addAttribute("activeCount", counts[0]);
		model.addAttribute("retiredCount", counts[1]);
		model.addAttribute("history", history.recent(10));
	}

	/** A search hit with its name path, so that two "朝阳区" can be told apart. */
	record Found(Region region, String path) {
	}
}
