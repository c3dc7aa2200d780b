package cn.jiazheng.credit.importing.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportFiles;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * 批量导入 over the API, every kind: ENTERPRISE and RECORD for regulators, WORKER for an enterprise's own
 * accounts. Upload and validate, read the rows (sensitive values masked), then apply the valid rows
 * or discard the batch. A batch is reached by its uploader only (and the platform admin).
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
@Tag(name = "imports", description = "批量导入 Spreadsheet imports of enterprises and credit records (regulators) and workers (enterprises)")
class ImportApiController {

	private final Imports imports;

	ImportApiController(Imports imports) {
		this.imports = imports;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "上传并校验 Upload an XLSX or UTF-8 CSV (multipart part \"file\") of a kind (ENTERPRISE, WORKER or RECORD); every "
			+ "row is validated and staged, nothing is saved yet. Answers the batch and its rows that will not be imported (first 1,000)")
	Map<String, Object> upload(Actor actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file,
			Locale locale) throws IOException {
		requireAllowed(actor, kind);
		if (file == null || file.isEmpty()) {
			throw new InvalidValueException("file", "importing.file-required");
		}
		ImportBatch batch = ImportFiles.uploaded(file, (name, copy) -> imports.upload(actor, kind, name, copy, locale));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("batch", batch);
		answer.put("rowsNotImported", imports.rows(actor, batch.id(), true, 0, 1000));
		return answer;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "我的导入批次 The caller's own batches of a kind, newest first")
	List<ImportBatch> list(Actor actor, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "50") int limit) {
		requireAllowed(actor, kind);
		return imports.list(actor, kind, limit);
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

	@GetMapping(path = "/{id}/rows", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "逐行结果 Rows in spreadsheet order after row number \"after\", with status and error; ID numbers and phones masked")
	List<ImportRow> rows(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean problemsOnly,
			@RequestParam(defaultValue = "0") int after, @RequestParam(defaultValue = "1000") int limit) {
		return imports.rows(actor, id, problemsOnly, after, limit);
	}

	@PostMapping("/{id}/application")
	@Operation(summary = "仅导入有效行 Save every valid row in one transaction (all or none)")
	ImportBatch apply(Actor actor, @PathVariable long id, Locale locale) {
		return imports.apply(actor, id, locale);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "全部不导入 Import nothing: the batch is discarded and its staged rows deleted")
	void discard(Actor actor, @PathVariable long id) {
		imports.discard(actor, id);
	}

	/** Checked in the method, past the role check at the door: a missing kind is no answer to those turned away there. */
	private void requireAllowed(Actor actor, String kind) {
		if (kind == null) {
			throw new InvalidValueException("kind", "importing.field.required");
		}
		if (!imports.mayImport(actor, kind)) {
			throw new AccessDeniedException("importing.denied");
		}
	}
}
