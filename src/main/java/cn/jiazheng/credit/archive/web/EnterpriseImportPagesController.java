package cn.jiazheng.credit.archive.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.jiazheng.credit.archive.EnterpriseImports;
import cn.jiazheng.credit.archive.ImportBatch;
import cn.jiazheng.credit.archive.ImportRow;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * 批量登记企业 pages: upload, the batch's report with its progress, and the uploader's choice
 * (import the valid rows after ticking a confirmation, or import nothing). Validation runs in the
 * upload request; the report page polls the batch's progress while another request works on it.
 */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
class EnterpriseImportPagesController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int PROBLEMS_SHOWN = 200;

	private final EnterpriseImports imports;

	EnterpriseImportPagesController(EnterpriseImports imports) {
		this.imports = imports;
	}

	@GetMapping("/enterprises/imports")
	String list(Actor actor, Model model) {
		model.addAttribute("batches", imports.list(actor, 50));
		return "archive/imports";
	}

	@PostMapping("/enterprises/imports")
	String upload(Actor actor, @RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("formError", new InvalidValueException("file", "archive.import.file-required"));
			return list(actor, model);
		}
		try {
			return "redirect:/enterprises/imports/" + uploaded(imports, actor, file, locale).id();
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return list(actor, model);
		}
	}

	@GetMapping("/enterprises/imports/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		ImportBatch batch = imports.get(actor, id);
		List<ImportRow> problems = imports.rows(actor, id, true, 0, PROBLEMS_SHOWN);
		model.addAttribute("batch", batch);
		model.addAttribute("problems", problems);
		model.addAttribute("problemsShown", PROBLEMS_SHOWN);
		model.addAttribute("sameFile", imports.sameFileAs(actor, id));
		return "archive/import";
	}

	@PostMapping("/enterprises/imports/{id}/application")
	String apply(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (!confirm) {
			model.addAttribute("problem", new InvalidValueException("confirm", "archive.import.confirm-required"));
			return show(actor, id, model);
		}
		try {
			ImportBatch batch = imports.apply(actor, id, locale);
			redirect.addFlashAttribute("done", "archive.import.page.applied-done");
			redirect.addFlashAttribute("doneCount", batch.appliedRows());
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex);
			return show(actor, id, model);
		}
		return "redirect:/enterprises/imports/" + id;
	}

	@PostMapping("/enterprises/imports/{id}/discard")
	String discard(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		imports.discard(actor, id);
		redirect.addFlashAttribute("done", "archive.import.page.discarded-done");
		return "redirect:/enterprises/imports/" + id;
	}

	@GetMapping("/enterprises/imports/{id}/report.xlsx")
	void report(Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		imports.get(actor, id);
		download(response, XLSX, "import-" + id + "-report.xlsx");
		imports.writeReport(actor, id, locale, response.getOutputStream());
	}

	@GetMapping("/enterprises/import/template.xlsx")
	void templateXlsx(Actor actor, Locale locale, HttpServletResponse response) throws IOException {
		download(response, XLSX, "企业批量登记模板.xlsx");
		imports.writeTemplate(actor, EnterpriseImports.Format.XLSX, locale, response.getOutputStream());
	}

	@GetMapping("/enterprises/import/template.csv")
	void templateCsv(Actor actor, Locale locale, HttpServletResponse response) throws IOException {
		download(response, "text/csv;charset=UTF-8", "企业批量登记模板.csv");
		imports.writeTemplate(actor, EnterpriseImports.Format.CSV, locale, response.getOutputStream());
	}

	private static void download(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

	/** The upload goes to a temporary file, which the reader streams; it is removed afterwards. */
	static ImportBatch uploaded(EnterpriseImports imports, Actor actor, MultipartFile file, Locale locale) throws IOException {
		Path copy = Files.createTempFile("import-", ".upload");
		try {
			file.transferTo(copy);
			return imports.upload(actor, file.getOriginalFilename(), copy, locale);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}
}
