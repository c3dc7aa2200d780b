package cn.jiazheng.credit.archive.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiazheng.credit.archive.EnterpriseImports;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportFiles;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 批量登记企业 over the API: upload and validate, then apply the valid rows or discard the batch. */
@RestController
@RequestMapping("/api/v1/enterprise-imports")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
@Tag(name = "enterprise-imports", description = "企业批量登记 Bulk registration of enterprises from a spreadsheet")
class EnterpriseImportApiController {

	private final EnterpriseImports imports;

	EnterpriseImportApiController(EnterpriseImports imports) {
		this.imports = imports;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "上传并校验 Upload an XLSX or UTF-8 CSV (multipart part \"file\"); every row is validated and staged, nothing "
			+ "is registered yet. Answers the batch and its rows that will not be imported (first 1,000)")
	Map<String, Object> upload(Actor actor, @RequestParam(required = false) MultipartFile file, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidValueException("file", "importing.file-required");
		}
		ImportBatch batch = ImportFiles.uploaded(file, (name, copy) -> imports.upload(actor, name, copy, locale));
		return withProblems(actor, batch);
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "批次状态 The batch's state, counts and progress (processed/total), for polling")
	Map<String, Object> get(Actor actor, @PathVariable long id) {
		ImportBatch batch = imports.get(actor, id);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("batch", batch);
		answer.put("progress", ImportFiles.progress(batch));
		return answer;
	}

	@PostMapping("/{id}/application")
	@Operation(summary = "仅导入有效行 Register every valid row in one transaction (all or none)")
	ImportBatch apply(Actor actor, @PathVariable long id, Locale locale) {
		return imports.apply(actor, id, locale);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "全部不导入 Import nothing: the batch is discarded and its staged rows deleted")
	void discard(Actor actor, @PathVariable long id) {
		imports.discard(actor, id);
	}

	private Map<String, Object> withProblems(Actor actor, ImportBatch batch) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("batch", batch);
		answer.put("rowsNotImported", imports.rows(actor, batch.id(), true, 0, 1000));
		return answer;
	}

}
