package cn.jiazheng.credit.archive.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.jiazheng.credit.archive.EnterpriseImports;
import cn.jiazheng.credit.archive.ImportBatch;
import cn.jiazheng.credit.archive.ImportRow;
import cn.jiazheng.credit.archive.ImportRowStatus;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Enterprise registration from a spreadsheet, through the generic {@link ImportPipeline}. Validation
 * runs in the uploading request (a 100,000-row file takes seconds, not minutes); its counters are
 * committed chunk by chunk, so another viewer of the batch sees it progress.
 */
@Service
class EnterpriseImportService implements EnterpriseImports {

	private final ImportPipeline pipeline;

	private final ImportRepository batches;

	private final EnterpriseImportKind kind;

	EnterpriseImportService(ImportPipeline pipeline, ImportRepository batches, EnterpriseImportKind kind) {
		this.pipeline = pipeline;
		this.batches = batches;
		this.kind = kind;
	}

	@Override
	public ImportBatch upload(Actor by, String fileName, Path file, Locale locale) {
		requireRegistrar(by);
		try {
			return pipeline.validate(kind, by, fileName, file, locale);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public ImportBatch get(Actor reader, long id) {
		requireRegistrar(reader);
		return batches.find(reader, id).orElseThrow(() -> new NotFoundException("archive.import.not-found", id));
	}

	@Override
	public java.util.OptionalLong sameFileAs(Actor reader, long id) {
		ImportBatch batch = get(reader, id);
		return batches.sameFile(reader, batch.fingerprint(), id).map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
	}

	@Override
	public List<ImportBatch> list(Actor reader, int limit) {
		requireRegistrar(reader);
		return batches.own(reader, Math.min(Math.max(limit, 1), 200));
	}

	@Override
	public List<ImportRow> rows(Actor reader, long id, boolean problemsOnly, int afterRow, int limit) {
		get(reader, id);
		List<ImportRowStatus> statuses = problemsOnly
				? List.of(ImportRowStatus.ERROR, ImportRowStatus.REGISTERED, ImportRowStatus.REPEATED)
				: List.of(ImportRowStatus.values());
		return batches.rows(reader, id, statuses, Math.max(afterRow, 0), Math.min(Math.max(limit, 1), 1000));
	}

	@Override
	public ImportBatch apply(Actor by, long id, Locale locale) {
		requireRegistrar(by);
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
		requireRegistrar(by);
		pipeline.discard(by, id);
		return get(by, id);
	}

	@Override
	public void writeReport(Actor reader, long id, Locale locale, OutputStream out) throws IOException {
		requireRegistrar(reader);
		pipeline.writeReport(kind, reader, id, locale, out);
	}

	@Override
	public void writeTemplate(Actor reader, Format format, Locale locale, OutputStream out) throws IOException {
		requireRegistrar(reader);
		pipeline.writeTemplate(kind, reader, format == Format.XLSX, out);
	}

	private static void requireRegistrar(Actor actor) {
		if (actor.role() != Role.REGULATOR && actor.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("archive.enterprise.register-denied");
		}
	}
}
