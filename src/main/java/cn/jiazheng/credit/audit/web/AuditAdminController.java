package cn.jiazheng.credit.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.jiazheng.credit.audit.AuditEntryPage;
import cn.jiazheng.credit.audit.AuditEntryView;
import cn.jiazheng.credit.audit.AuditFilter;
import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.audit.ChainReport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 审计日志页面: the trail, newest first, with filters, and the chain verification on demand. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AuditAdminController {

	static final int PAGE_SIZE = 50;

	/** Administrators read local time; the trail itself keeps UTC. */
	static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(DISPLAY_ZONE);

	private final AuditQueries queries;

	private final MessageSource messages;

	AuditAdminController(AuditQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping
	String list(@ModelAttribute("search") AuditSearchForm search, BindingResult binding, Model model) {
		List<String> errors = errors(search, binding);
		AuditFilter filter = errors.isEmpty() ? filter(search) : AuditFilter.ANY;
		AuditEntryPage page = queries.search(filter, errors.isEmpty() ? search.getPage() - 1 : 0, PAGE_SIZE);
		model.addAttribute("errors", errors);
		model.addAttribute("page", page);
		model.addAttribute("rows", page.entries().stream().map(AuditAdminController::row).toList());
		return "audit/list";
	}

	/** A POST because the walk reads the whole trail; it changes nothing, so it needs no confirmation. */
	@PostMapping("/verify")
	String verify(@ModelAttribute("search") AuditSearchForm search, BindingResult binding, Model model) {
		ChainReport report = queries.verify();
		model.addAttribute("report", report);
		model.addAttribute("reportMessage", reportMessage(report));
		return list(search, binding, model);
	}

	private static AuditFilter filter(AuditSearchForm search) {
		Instant from = search.getFrom() == null ? null : search.getFrom().atStartOfDay(DISPLAY_ZONE).toInstant();
		Instant to = search.getTo() == null ? null : search.getTo().plusDays(1).atStartOfDay(DISPLAY_ZONE).toInstant();
		return new AuditFilter(search.getActor(), search.getAction(), search.getOutcome(), from, to);
	}

	private List<String> errors(AuditSearchForm search, BindingResult binding) {
		List<String> errors = new ArrayList<>();
		for (FieldError error : binding.getFieldErrors()) {
			String field = error.getField();
			Object value = error.getRejectedValue();
			String key = switch (field) {
				case "from", "to" -> "audit.filter.date.invalid";
				case "outcome" -> "audit.filter.outcome.invalid";
				case "page" -> "audit.filter.page.invalid";
				default -> "audit.filter.invalid";
			};
			errors.add(text(key, text("audit.filter." + field), String.valueOf(value)));
		}
		if (!binding.hasFieldErrors("page") && search.getPage() < 1) {
			errors.add(text("audit.filter.page.invalid", text("audit.filter.page"), String.valueOf(search.getPage())));
		}
		if (!binding.hasFieldErrors("from") && !binding.hasFieldErrors("to") && search.getFrom() != null
				&& search.getTo() != null && search.getFrom().isAfter(search.getTo())) {
			errors.add(text("audit.filter.range.invalid", search.getFrom().toString(), search.getTo().toString()));
		}
		return errors;
	}

	private String reportMessage(ChainReport report) {
		if (report.intact()) {
			return text("audit.verify.intact", Long.toString(report.entriesChecked()));
		}
		String why = text("audit.verify.reason." + report.reason().name(), report.firstBrokenSequence().toString(),
				report.foundSequence().toString());
		return text("audit.verify.broken", report.firstBrokenSequence().toString(), why,
				Long.toString(report.entriesChecked()));
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, locale);
	}

	private static Row row(AuditEntryView entry) {
		Map<String, String> sorted = new TreeMap<>(entry.details());
		String details = sorted.entrySet()
			.stream()
			.map(detail -> detail.getKey() + "=" + detail.getValue())
			.collect(Collectors.joining(", "));
		return new Row(entry, TIME.format(entry.occurredAt()), details);
	}

	/** One line of the table: the entry with its time in local time and its details on one line. */
	record Row(AuditEntryView entry, String time, String details) {
	}
}
