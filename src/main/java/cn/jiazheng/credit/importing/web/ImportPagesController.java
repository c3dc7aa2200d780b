package cn.jiazheng.credit.importing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportFiles;
import cn.jiazheng.credit.importing.ImportKind;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/**
 * Import pages, one set for every kind, under the kind's {@link ImportKind#pagePath()}: /enterprises for
 * regulators registering enterprises, /workers for an enterprise registering its workers, /records for
 * regulators entering credit records. Upload, the batch's report with its progress, and the uploader's
 * choice (import the valid rows after ticking a confirmation, or import nothing). Validation runs in the
 * upload request; the report page polls the batch's progress while another request works on it.
 * <p>
 * The paths are listed here because a mapping is static: a new kind adds its path to each mapping.
 */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class ImportPagesController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int PROBLEMS_SHOWN = 200;

	private final Imports imports;

	private final MessageSource messages;

	private final List<ImportKind> kinds;

	ImportPagesController(Imports imports, MessageSource messages, List<ImportKind> kinds) {
		this.imports = imports;
		this.messages = messages;
		this.kinds = kinds;
	}

	@GetMapping({ "/enterprises/imports", "/workers/imports", "/records/imports" })
	String list(Actor actor, HttpServletRequest request, Model model) {
		Area area = area(actor, request);
		model.addAttribute("batches", imports.list(actor, area.name(), 50));
		return area.page("importing/imports", model);
	}

	@PostMapping({ "/enterprises/imports", "/workers/imports", "/records/imports" })
	String upload(Actor actor, HttpServletRequest request, @RequestParam(required = false) MultipartFile file, Locale locale,
			Model model) throws IOException {
		Area area = area(actor, request);
		if (file == null || file.isEmpty()) {
			model.addAttribute("formError", new InvalidValueException("file", "importing.file-required"));
			return list(actor, request, model);
		}
		try {
			ImportBatch batch = ImportFiles.uploaded(file, (name, copy) -> imports.upload(actor, area.name(), name, copy, locale));
			return "redirect:" + area.base() + "/imports/" + batch.id();
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return list(actor, request, model);
		}
	}

	@GetMapping({ "/enterprises/imports/{id}", "/workers/imports/{id}", "/records/imports/{id}" })
	String show(Actor actor, HttpServletRequest request, @PathVariable long id, Model model) {
		Area area = area(actor, request);
		ImportBatch batch = batch(actor, area, id);
		List<ImportRow> problems = imports.rows(actor, id, true, 0, PROBLEMS_SHOWN);
		model.addAttribute("batch", batch);
		model.addAttribute("problems", problems);
		model.addAttribute("problemsShown", PROBLEMS_SHOWN);
		model.addAttribute("sameFile", imports.sameFileAs(actor, id));
		return area.page("importing/import", model);
	}

	@PostMapping({ "/enterprises/imports/{id}/application", "/workers/imports/{id}/application",
			"/records/imports/{id}/application" })
	String apply(Actor actor, HttpServletRequest request, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirm, Locale locale, Model model, RedirectAttributes redirect) {
		Area area = area(actor, request);
		batch(actor, area, id);
		if (!confirm) {
			model.addAttribute("problem", new InvalidValueException("confirm", "importing.confirm-required"));
			return show(actor, request, id, model);
		}
		try {
			ImportBatch batch = imports.apply(actor, id, locale);
			redirect.addFlashAttribute("done", area.kind.messageKey("page.applied-done"));
			redirect.addFlashAttribute("doneCount", batch.appliedRows());
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex);
			return show(actor, request, id, model);
		}
		return "redirect:" + area.base() + "/imports/" + id;
	}

	@PostMapping({ "/enterprises/imports/{id}/discard", "/workers/imports/{id}/discard", "/records/imports/{id}/discard" })
	String discard(Actor actor, HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
		Area area = area(actor, request);
		batch(actor, area, id);
		imports.discard(actor, id);
		redirect.addFlashAttribute("done", "importing.page.discarded-done");
		return "redirect:" + area.base() + "/imports/" + id;
	}

	@GetMapping({ "/enterprises/imports/{id}/report.xlsx", "/workers/imports/{id}/report.xlsx",
			"/records/imports/{id}/report.xlsx" })
	void report(Actor actor, HttpServletRequest request, @PathVariable long id, Locale locale, HttpServletResponse response)
			throws IOException {
		batch(actor, area(actor, request), id);
		download(response, XLSX, "import-" + id + "-report.xlsx");
		imports.writeReport(actor, id, locale, response.getOutputStream());
	}

	@GetMapping({ "/enterprises/import/template.xlsx", "/workers/import/template.xlsx", "/records/import/template.xlsx" })
	void templateXlsx(Actor actor, HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
		template(actor, area(actor, request), Imports.Format.XLSX, locale, response);
	}

	@GetMapping({ "/enterprises/import/template.csv", "/workers/import/template.csv", "/records/import/template.csv" })
	void templateCsv(Actor actor, HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
		template(actor, area(actor, request), Imports.Format.CSV, locale, response);
	}

	private void template(Actor actor, Area area, Imports.Format format, Locale locale, HttpServletResponse response)
			throws IOException {
		boolean xlsx = format == Imports.Format.XLSX;
		download(response, xlsx ? XLSX : "text/csv;charset=UTF-8",
				messages.getMessage(area.kind.messageKey("template.file"), null, Locale.SIMPLIFIED_CHINESE) + (xlsx ? ".xlsx" : ".csv"));
		imports.writeTemplate(actor, area.name(), format, response.getOutputStream());
	}

	/** A batch of this area's kind: one of another kind is not found here. */
	private ImportBatch batch(Actor actor, Area area, long id) {
		return imports.get(actor, id, area.name());
	}

	/** Which kind the path is about; refused before anything else for a role that may not import it. */
	private Area area(Actor actor, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		ImportKind kind = kinds.stream()
			.filter(k -> path.startsWith(k.pagePath() + "/imports") || path.startsWith(k.pagePath() + "/import/"))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("importing.not-found", path));
		if (!imports.mayImport(actor, kind.name())) {
			throw new AccessDeniedException("importing.denied");
		}
		return new Area(kind);
	}

	private static void download(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

	/** The pages of one kind: their path and the texts that name the kind's data. */
	private record Area(ImportKind kind) {

		String name() {
			return kind.name();
		}

		String base() {
			return kind.pagePath();
		}

		String page(String view, Model model) {
			model.addAttribute("base", base());
			model.addAttribute("msg", kind.messageKey(""));
			return view;
		}
	}
}
