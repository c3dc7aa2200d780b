package cn.jiazheng.credit.archive.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 导出: the lists regulators see, as XLSX, bounded by the same scope as the pages (an export is just
 * another way to read a list) and carrying only what the list shows: ID numbers masked. Each export
 * is audited with its filter and row count; at most {@value #MAX_ROWS} rows, streamed a page at a time.
 */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
class ListExportController {

	static final int MAX_ROWS = 100_000;

	private static final int PAGE = 1_000;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

	private final EnterpriseFiles enterprises;

	private final WorkerFiles workers;

	private final RegionDirectory regions;

	private final MessageSource messages;

	private final AuditTrail audit;

	ListExportController(EnterpriseFiles enterprises, WorkerFiles workers, RegionDirectory regions, MessageSource messages, AuditTrail audit) {
		this.enterprises = enterprises;
		this.workers = workers;
		this.regions = regions;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/enterprises/export.xlsx")
	void enterprises(Actor actor, @RequestParam(required = false) RevisionState state, @RequestParam(required = false) String q,
			Locale locale, HttpServletResponse response) throws IOException {
		List<String> headers = List.of("archive.field.creditCode", "archive.field.name", "archive.field.regionCode",
				"archive.page.state", "archive.page.updated-at");
		int rows = write(response, "enterprises", locale, headers, page -> enterprises.list(actor, state, q, page, PAGE),
				(Enterprise e) -> new Object[] { e.creditCode().value(), e.name(), place(e.regionCode()), stateName(e.state(), locale),
						STAMP.format(e.updatedAt()) });
		audit.record(AuditEvent.success(actor, "EXPORT", "enterprise", "list").with("state", state).with("rows", rows));
	}

	@GetMapping("/workers/export.xlsx")
	void workers(Actor actor, @RequestParam(defaultValue = "") String state, @RequestParam(required = false) String q,
			Locale locale, HttpServletResponse response) throws IOException {
		// As on the list page: empty for all, NONE for files not started, else a state's name.
		boolean notStarted = "NONE".equals(state);
		RevisionState filter = state.isBlank() || notStarted ? null : stateNamed(state);
		List<String> headers = List.of("archive.worker.name", "archive.field.residentId", "archive.worker.gender",
				"archive.field.regionCode", "archive.page.state", "archive.worker.health-valid-until");
		int rows = write(response, "workers", locale, headers, page -> notStarted ? workers.listNotStarted(actor, q, page, PAGE) : workers.list(actor, filter, q, page, PAGE),
				(Worker w) -> new Object[] { w.name(), w.maskedResidentId(),
						messages.getMessage("archive.gender." + w.gender(), null, locale), place(w.regionCode()),
						stateName(w.state(), locale), w.healthValidUntil() == null ? "" : w.healthValidUntil().toString() });
		audit.record(AuditEvent.success(actor, "EXPORT", "worker", "list").with("state", state).with("rows", rows));
	}

	private <T> int write(HttpServletResponse response, String name, Locale locale, List<String> headers, IntFunction<List<T>> pages,
			Function<T, Object[]> cells) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".xlsx\"");
		OutputStream out = response.getOutputStream();
		Workbook workbook = new Workbook(out, "jiazheng-credit", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.getMessage("archive.export.sheet", null, locale));
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, messages.getMessage(headers.get(c), null, locale));
		}
		sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
		int line = 1;
		List<T> page;
		for (int p = 0; line <= MAX_ROWS && !(page = pages.apply(p)).isEmpty(); p++) {
			for (T item : page) {
				Object[] values = cells.apply(item);
				for (int c = 0; c < values.length; c++) {
					sheet.value(line, c, values[c] == null ? "" : values[c].toString());
				}
				line++;
			}
			sheet.flush();
		}
		workbook.finish();
		return line - 1;
	}

	private static RevisionState stateNamed(String name) {
		try {
			return RevisionState.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new cn.jiazheng.credit.platform.InvalidValueException("state", "archive.export.state-invalid", name);
		}
	}

	private String place(String regionCode) {
		return regions.namePath(RegionCode.of(regionCode));
	}

	private String stateName(RevisionState state, Locale locale) {
		return messages.getMessage(state == null ? "archive.state.none" : "archive.state." + state, null, locale);
	}
}
