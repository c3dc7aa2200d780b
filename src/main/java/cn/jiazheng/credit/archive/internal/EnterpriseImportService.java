package cn.jiazheng.credit.archive.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import cn.jiazheng.credit.archive.EnterpriseImports;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.Imports;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Enterprise registration from a spreadsheet: the enterprise kind of the shared {@link Imports}, for
 * which a batch of another kind does not exist.
 */
@Service
class EnterpriseImportService implements EnterpriseImports {

	private static final String KIND = EnterpriseImportKind.KIND;

	private final Imports imports;

	EnterpriseImportService(Imports imports) {
		this.imports = imports;
	}

	@Override
	public ImportBatch upload(Actor by, String fileName, Path file, Locale locale) {
		requireRegistrar(by);
		return imports.upload(by, KIND, fileName, file, locale);
	}

	@Override
	public ImportBatch get(Actor reader, long id) {
		requireRegistrar(reader);
		return imports.get(reader, id, KIND);
	}

	@Override
	public OptionalLong sameFileAs(Actor reader, long id) {
		get(reader, id);
		return imports.sameFileAs(reader, id);
	}

	@Override
	public List<ImportBatch> list(Actor reader, int limit) {
		requireRegistrar(reader);
		return imports.list(reader, KIND, limit);
	}

	@Override
	public List<ImportRow> rows(Actor reader, long id, boolean problemsOnly, int afterRow, int limit) {
		get(reader, id);
		return imports.rows(reader, id, problemsOnly, afterRow, limit);
	}

	@Override
	public ImportBatch apply(Actor by, long id, Locale locale) {
		get(by, id);
		return imports.apply(by, id, locale);
	}

	@Override
	public ImportBatch discard(Actor by, long id) {
		get(by, id);
		return imports.discard(by, id);
	}

	@Override
	public void writeReport(Actor reader, long id, Locale locale, OutputStream out) throws IOException {
		get(reader, id);
		imports.writeReport(reader, id, locale, out);
	}

	@Override
	public void writeTemplate(Actor reader, Format format, Locale locale, OutputStream out) throws IOException {
		requireRegistrar(reader);
		imports.writeTemplate(reader, KIND, format == Format.XLSX ? Imports.Format.XLSX : Imports.Format.CSV, out);
	}

	private void requireRegistrar(Actor actor) {
		if (!imports.mayImport(actor, KIND)) {
			throw new AccessDeniedException("archive.enterprise.register-denied");
		}
	}
}
