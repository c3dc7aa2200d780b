package cn.jiazheng.credit.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportKind;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.ImportRowStatus;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every kind of spreadsheet import, through the generic {@link ImportPipeline}. Validation runs in the
 * uploading request (a 100,000-row file takes seconds, not minutes); its counters are committed chunk
 * by chunk, so another viewer of the batch sees it progress. Rows leave this service with their
 * sensitive values masked.
 */
@Service
class ImportService implements Imports {

	private final ImportPipeline pipeline;

	private final ImportRepository batches;

	private final Map<String, ImportKind> kinds = new LinkedHashMap<>();

	ImportService(ImportPipeline pipeline, ImportRepository batches, List<ImportKind> kinds) {
		this.pipeline = pipeline;
		this.batches = batches;
		kinds.forEach(kind -> {
			if (this.kinds.put(kind.name(), kind) != null) {
				throw new IllegalStateException("Two import kinds named " + kind.name());
			}
		});
	}

	@Override
	public boolean mayImport(Actor actor, String kind) {
		return kind(kind).allows(actor);
	}

	@Override
	public ImportBatch upload(Actor by, String kind, String fileName, Path file, Locale locale) {
		ImportKind importKind = allowed(by, kind);
		try {
			return pipeline.validate(importKind, by, fileName, file, locale);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public ImportBatch get(Actor reader, long id) {
		ImportBatch batch = batches.find(reader, id).orElseThrow(() -> new NotFoundException("importing.not-found", id));
		// An account whose role changed since the upload no longer reaches the batch; the admin reads any.
		if (reader.role() != Role.PLATFORM_ADMIN && !kindOf(batch).allows(reader)) {
			throw new NotFoundException("importing.not-found", id);
		}
		return batch;
	}

	@Override
	public OptionalLong sameFileAs(Actor reader, long id) {
		ImportBatch batch = get(reader, id);
		return batches.sameFile(reader, batch.fingerprint(), id).map(OptionalLong::of).orElse(OptionalLong.empty());
	}

	@Override
	public List<ImportBatch> list(Actor reader, String kind, int limit) {
		allowed(reader, kind);
		return batches.own(reader, kind, Math.min(Math.max(limit, 1), 200));
	}

	@Override
	public List<ImportRow> rows(Actor reader, long id, boolean problemsOnly, int afterRow, int limit) {
		ImportKind kind = kindOf(get(reader, id));
		List<ImportRowStatus> statuses = problemsOnly
				? List.of(ImportRowStatus.ERROR, ImportRowStatus.REGISTERED, ImportRowStatus.REPEATED)
				: List.of(ImportRowStatus.values());
		return batches.rows(reader, id, statuses, Math.max(afterRow, 0), Math.min(Math.max(limit, 1), 1000))
			.stream()
			.map(row -> new ImportRow(row.rowNumber(), kind.shownKey(row.values()), kind.shown(row.values()), row.status(), row.error()))
			.toList();
	}

	@Override
	public ImportBatch apply(Actor by, long id, Locale locale) {
		ImportKind kind = allowed(by, get(by, id).kind());
		try {
			pipeline.apply(kind, by, id, locale);
		}
		catch (ImportPipeline.RowFailure failure) {
			pipeline.recordFailure(kind, by, id, failure);
			throw new ConflictException("importing.apply-failed", failure.row.rowNumber(), failure.error);
		}
		return get(by, id);
	}

	@Override
	public ImportBatch discard(Actor by, long id) {
		allowed(by, get(by, id).kind());
		pipeline.discard(by, id);
		return get(by, id);
	}

	@Override
	public void writeReport(Actor reader, long id, Locale locale, OutputStream out) throws IOException {
		pipeline.writeReport(kindOf(get(reader, id)), reader, id, locale, out);
	}

	@Override
	public void writeTemplate(Actor reader, String kind, Format format, OutputStream out) throws IOException {
		pipeline.writeTemplate(allowed(reader, kind), reader, format == Format.XLSX, out);
	}

	@Override
	public ImportBatch get(Actor reader, long id, String kind) {
		ImportBatch batch = get(reader, id);
		if (!batch.kind().equals(kind)) {
			throw new NotFoundException("importing.not-found", id);
		}
		return batch;
	}

	private ImportKind allowed(Actor actor, String kind) {
		ImportKind importKind = kind(kind);
		if (!importKind.allows(actor)) {
			throw new AccessDeniedException("importing.denied");
		}
		return importKind;
	}

	private ImportKind kindOf(ImportBatch batch) {
		ImportKind found = kinds.get(batch.kind());
		if (found == null) {
			throw new IllegalStateException("No import of kind " + batch.kind());
		}
		return found;
	}

	private ImportKind kind(String kind) {
		ImportKind found = kind == null ? null : kinds.get(kind);
		if (found == null) {
			throw new InvalidValueException("kind", "importing.kind.unknown", String.valueOf(kind), String.join("、", kinds.keySet()));
		}
		return found;
	}
}
