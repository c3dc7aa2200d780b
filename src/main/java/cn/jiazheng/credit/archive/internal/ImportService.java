package cn.jiazheng.credit.archive.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import cn.jiazheng.credit.archive.EnterpriseImports;
import cn.jiazheng.credit.archive.ImportBatch;
import cn.jiazheng.credit.archive.ImportRow;
import cn.jiazheng.credit.archive.ImportRowStatus;
import cn.jiazheng.credit.archive.Imports;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
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

	private final Map<Kind, ImportKind> kinds = new EnumMap<>(Kind.class);

	ImportService(ImportPipeline pipeline, ImportRepository batches, List<ImportKind> kinds) {
		this.pipeline = pipeline;
		this.batches = batches;
		kinds.forEach(kind -> this.kinds.put(kind.kind(), kind));
	}

	@Override
	public boolean mayImport(Actor actor, Kind kind) {
		return kind(kind).allows(actor);
	}

	@Override
	public ImportBatch upload(Actor by, Kind kind, String fileName, Path file, Locale locale) {
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
		ImportBatch batch = batches.find(reader, id).orElseThrow(() -> new NotFoundException("archive.import.not-found", id));
		// An account whose role changed since the upload no longer reaches the batch; the admin reads any.
		if (reader.role() != Role.PLATFORM_ADMIN && !kindOf(batch).allows(reader)) {
			throw new NotFoundException("archive.import.not-found", id);
		}
		return batch;
	}

	@Override
	public OptionalLong sameFileAs(Actor reader, long id) {
		ImportBatch batch = get(reader, id);
		return batches.sameFile(reader, batch.fingerprint(), id).map(OptionalLong::of).orElse(OptionalLong.empty());
	}

	@Override
	public List<ImportBatch> list(Actor reader, Kind kind, int limit) {
		allowed(reader, kind);
		return batches.own(reader, kind.name(), Math.min(Math.max(limit, 1), 200));
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
		ImportKind kind = allowed(by, Kind.valueOf(get(by, id).kind()));
		try {
			pipeline.apply(kind, by, id, locale);
		}
		catch (ImportPipeline.RowFailure failure) {
			pipeline.recordFailure(kind, by, id, failure);
			throw new ConflictException("archive.import.apply-failed", failure.row.rowNumber(), failure.error);
		}
		return get(by, id);
	}

	@Override
	public ImportBatch discard(Actor by, long id) {
		allowed(by, Kind.valueOf(get(by, id).kind()));
		pipeline.discard(by, id);
		return get(by, id);
	}

	@Override
	public void writeReport(Actor reader, long id, Locale locale, OutputStream out) throws IOException {
		pipeline.writeReport(kindOf(get(reader, id)), reader, id, locale, out);
	}

	@Override
	public void writeTemplate(Actor reader, Kind kind, EnterpriseImports.Format format, OutputStream out) throws IOException {
		pipeline.writeTemplate(allowed(reader, kind), reader, format == EnterpriseImports.Format.XLSX, out);
	}

	/** The batch's kind, for the uploader's own batches of this kind only. */
	ImportBatch get(Actor reader, long id, Kind kind) {
		ImportBatch batch = get(reader, id);
		if (!batch.kind().equals(kind.name())) {
			throw new NotFoundException("archive.import.not-found", id);
		}
		return batch;
	}

	private ImportKind allowed(Actor actor, Kind kind) {
		ImportKind importKind = kind(kind);
		if (!importKind.allows(actor)) {
			throw new AccessDeniedException("archive.import.denied");
		}
		return importKind;
	}

	private ImportKind kindOf(ImportBatch batch) {
		return kind(Kind.valueOf(batch.kind()));
	}

	private ImportKind kind(Kind kind) {
		ImportKind found = kinds.get(kind);
		if (found == null) {
			throw new IllegalStateException("No import of kind " + kind);
		}
		return found;
	}
}
