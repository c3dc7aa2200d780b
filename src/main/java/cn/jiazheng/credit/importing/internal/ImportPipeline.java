package cn.jiazheng.credit.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportColumn;
import cn.jiazheng.credit.importing.ImportKind;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.ImportRowStatus;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generic spreadsheet import: read (streaming), check the header against the template, validate
 * every row and stage it with its verdict, in chunks committed as they go so that a concurrent
 * viewer sees the progress; later apply the valid rows in one transaction, or discard the batch.
 * What is specific to one kind of data lives in its {@link ImportKind}.
 */
@Component
@EnableConfigurationProperties(ImportProperties.class)
class ImportPipeline {

	/**
	 * Rows staged per statement, applied per statement and progress written per chunk: what is held
	 * in memory at once, whatever the size of the file.
	 */
	static final int CHUNK = 1_000;

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** Rows of the template formatted as text and offered the drop-downs. */
	private static final int TEMPLATE_ROWS = 5_000;

	private final ImportRepository batches;

	private final MessageSource messages;

	private final ImportProperties limits;

	private final AuditTrail audit;

	private final TransactionTemplate ownTransaction;

	ImportPipeline(ImportRepository batches, MessageSource messages, ImportProperties limits, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.batches = batches;
		this.messages = messages;
		this.limits = limits;
		this.audit = audit;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	// --- validation ---

	/** Must run outside a transaction: each chunk commits on its own, and a failure removes the batch. */
	ImportBatch validate(ImportKind kind, Actor by, String fileName, Path file, Locale locale) throws IOException {
		String fingerprint = fingerprint(file);
		try (SpreadsheetReader reader = SpreadsheetReader.open(file, limits)) {
			int[] positions = matchHeader(kind, reader.next());
			long id = batches.create(by, kind.name(), displayName(fileName), fingerprint, reader.expectedRows());
			try {
				validateRows(kind, by, id, reader, positions, locale);
			}
			catch (RuntimeException ex) {
				batches.deleteUnfinished(by, id);
				throw ex;
			}
			audit.record(AuditEvent.success(by, "IMPORT_VALIDATE", "import-batch", id).with("kind", kind.name())
				.with("fingerprint", fingerprint));
			return batches.find(by, id).orElseThrow();
		}
	}

	private void validateRows(ImportKind kind, Actor by, long id, SpreadsheetReader reader, int[] positions, Locale locale) {
		List<ImportColumn> columns = kind.columns();
		Map<ImportRowStatus, Integer> counts = new EnumMap<>(ImportRowStatus.class);
		List<Pending> chunk = new ArrayList<>(CHUNK);
		int total = 0;
		List<String> cells;
		while ((cells = reader.next()) != null) {
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (++total > limits.maxRows()) {
				throw new InvalidValueException(SpreadsheetReader.FIELD, "importing.too-many-rows", limits.maxRows());
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 0; c < columns.size(); c++) {
				int at = positions[c];
				values.put(columns.get(c).field(), at < 0 || at >= cells.size() ? "" : cells.get(at));
			}
			ImportRowStatus status = ImportRowStatus.VALID;
			String error = null;
			try {
				kind.validate(by, values);
			}
			catch (InvalidValueException ex) {
				status = ImportRowStatus.ERROR;
				error = rowError(kind, ex, locale);
			}
			chunk.add(new Pending(reader.rowNumber(), kind.storedKey(by, values), kind.shownKey(values), values, status, error));
			if (chunk.size() == CHUNK) {
				stage(kind, by, id, chunk, counts, locale);
				batches.progress(by, id, "VALIDATING", total, reader.expectedRows());
			}
		}
		stage(kind, by, id, chunk, counts, locale);
		batches.validated(by, id, total, counts);
	}

	/**
	 * Marks the valid rows whose key an earlier row of the file has (found among the rows already
	 * staged, so that memory does not grow with the file) or that is already registered, then stages
	 * the chunk in one statement.
	 */
	private void stage(ImportKind kind, Actor by, long id, List<Pending> chunk, Map<ImportRowStatus, Integer> counts, Locale locale) {
		Set<String> keys = chunk.stream().filter(r -> r.status() == ImportRowStatus.VALID && r.key() != null)
			.map(Pending::key).collect(Collectors.toSet());
		Map<String, Integer> firstRow = batches.firstRows(id, keys);
		Set<String> registered = kind.registered(keys.stream().filter(k -> !firstRow.containsKey(k)).collect(Collectors.toSet()));
		List<ImportRow> staged = new ArrayList<>(chunk.size());
		for (Pending row : chunk) {
			ImportRowStatus status = row.status();
			String error = row.error();
			if (status == ImportRowStatus.VALID && row.key() != null) {
				Integer first = firstRow.putIfAbsent(row.key(), row.rowNumber());
				if (first != null) {
					status = ImportRowStatus.REPEATED;
					error = messages.getMessage(kind.messageKey("repeated"), new Object[] { row.shownKey(), first }, locale);
				}
				else if (registered.contains(row.key())) {
					status = ImportRowStatus.REGISTERED;
					error = messages.getMessage(kind.messageKey("registered"), new Object[] { row.shownKey() }, locale);
				}
			}
			counts.merge(status, 1, Integer::sum);
			staged.add(new ImportRow(row.rowNumber(), row.key(), row.values(), status, error));
		}
		batches.insertRows(by, id, staged);
		chunk.clear();
	}

	/** A row read and checked, not yet staged: its stored key, and the key as the messages show it. */
	private record Pending(int rowNumber, String key, String shownKey, Map<String, String> values, ImportRowStatus status,
			String error) {
	}

	/**
	 * Finds each column of the template in the header (Chinese or English, in any order); a missing
	 * required column or a column the template does not know is refused, naming them.
	 */
	private int[] matchHeader(ImportKind kind, List<String> header) {
		if (header == null) {
			throw new InvalidValueException(SpreadsheetReader.FIELD, "importing.empty");
		}
		List<ImportColumn> columns = kind.columns();
		int[] positions = new int[columns.size()];
		java.util.Arrays.fill(positions, -1);
		List<String> unknown = new ArrayList<>();
		for (int at = 0; at < header.size(); at++) {
			String name = normaliseHeader(header.get(at));
			if (name.isEmpty()) {
				continue;
			}
			int column = -1;
			for (int c = 0; c < columns.size() && column < 0; c++) {
				String key = columns.get(c).headerKey();
				if (name.equals(normaliseHeader(messages.getMessage(key, null, CHINESE)))
						|| name.equalsIgnoreCase(normaliseHeader(messages.getMessage(key, null, Locale.ENGLISH)))) {
					column = c;
				}
			}
			if (column < 0 || positions[column] >= 0) {
				unknown.add(header.get(at));
			}
			else {
				positions[column] = at;
			}
		}
		List<String> missing = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			if (positions[c] < 0 && columns.get(c).required()) {
				missing.add(messages.getMessage(columns.get(c).headerKey(), null, CHINESE));
			}
		}
		if (!missing.isEmpty() || !unknown.isEmpty()) {
			String expected = columns.stream().map(c -> messages.getMessage(c.headerKey(), null, CHINESE)).collect(Collectors.joining("、"));
			throw new InvalidValueException(SpreadsheetReader.FIELD, "importing.header", listOrNone(missing), listOrNone(unknown), expected);
		}
		return positions;
	}

	private static Object listOrNone(List<String> names) {
		return names.isEmpty() ? new DefaultMessageSourceResolvable(new String[] { "importing.none" }, "-")
				: names.stream().map(n -> "“" + n + "”").collect(Collectors.joining("、"));
	}

	private static String normaliseHeader(String header) {
		return header == null ? "" : header.replace("\uFEFF", "").replace("*", "").replace("＊", "").strip();
	}

	/** "统一社会信用代码：…": the field's name, then the rule it breaks, in the uploader's language. */
	String rowError(ImportKind kind, InvalidValueException ex, Locale locale) {
		String field = messages.getMessage(new DefaultMessageSourceResolvable(new String[] { kind.fieldKey(ex.field()) }, ex.field()), locale);
		String rule = messages.getMessage(new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(), ex.messageKey()), locale);
		return messages.getMessage("importing.row-error", new Object[] { field, rule }, locale);
	}

	// --- the uploader's choice ---

	/**
	 * Saves every valid row in this one transaction; a row that fails (registered meanwhile, say) rolls
	 * everything back and is reported as a {@link RowFailure}. Progress goes out in transactions of its own.
	 */
	@Transactional
	public int apply(ImportKind kind, Actor by, long id, Locale locale) {
		batches.lock(by, id);
		ImportBatch batch = batches.find(by, id).orElseThrow(() -> new NotFoundException("importing.not-found", id));
		requireValidated(batch);
		progress(by, id, "APPLYING", 0, batch.validRows());
		int done = 0;
		int after = 0;
		List<ImportRow> page;
		while (!(page = batches.rows(by, id, List.of(ImportRowStatus.VALID), after, CHUNK)).isEmpty()) {
			try {
				kind.apply(by, page);
			}
			catch (ImportKind.RowRejected rejected) {
				String error = rejected.getCause() instanceof InvalidValueException invalid ? rowError(kind, invalid, locale)
						: messages.getMessage(kind.messageKey("apply-denied"), null, locale);
				throw new RowFailure(rejected.row(), error, rejected);
			}
			done += page.size();
			after = page.get(page.size() - 1).rowNumber();
			progress(by, id, "APPLYING", done, batch.validRows());
		}
		if (!batches.applied(by, id, done)) {
			throw new ConflictException("importing.changed-meanwhile");
		}
		audit.record(AuditEvent.success(by, "IMPORT_APPLY", "import-batch", id).with("kind", kind.name()).with("rows", done));
		return done;
	}

	@Transactional
	public void discard(Actor by, long id) {
		batches.lock(by, id);
		ImportBatch batch = batches.find(by, id).orElseThrow(() -> new NotFoundException("importing.not-found", id));
		requireValidated(batch);
		if (!batches.discarded(by, id)) {
			throw new ConflictException("importing.changed-meanwhile");
		}
		audit.record(AuditEvent.success(by, "IMPORT_DISCARD", "import-batch", id).with("rows", batch.totalRows()));
	}

	/** After a failed apply (rolled back): the row that failed is marked so that the next attempt skips it. */
	void recordFailure(ImportKind kind, Actor by, long id, RowFailure failure) {
		boolean registered = !kind.registered(Set.of(failure.row.key())).isEmpty();
		batches.markFailed(by, id, failure.row.rowNumber(), registered ? ImportRowStatus.REGISTERED : ImportRowStatus.ERROR,
				failure.error);
		audit.record(AuditEvent.failure(by, "IMPORT_APPLY", "import-batch", id).with("row", failure.row.rowNumber()));
	}

	private static void requireValidated(ImportBatch batch) {
		if (batch.state() != ImportState.VALIDATED) {
			throw new ConflictException("importing.not-validated", batch.id(),
					new DefaultMessageSourceResolvable(new String[] { "importing.state." + batch.state() }, batch.state().name()));
		}
	}

	private void progress(Actor by, long id, String phase, int done, int total) {
		ownTransaction.executeWithoutResult(status -> batches.progress(by, id, phase, done, total));
	}

	// --- files out ---

	/** Every row with its values, status and 错误说明, streamed in pages. */
	void writeReport(ImportKind kind, Actor reader, long id, Locale locale, OutputStream out) throws IOException {
		batches.find(reader, id).orElseThrow(() -> new NotFoundException("importing.not-found", id));
		Workbook workbook = new Workbook(out, "jiazheng-credit", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.getMessage("importing.report.sheet", null, locale));
		List<ImportColumn> columns = kind.columns();
		int c = 0;
		sheet.value(0, c++, messages.getMessage("importing.report.row", null, locale));
		for (ImportColumn column : columns) {
			sheet.value(0, c++, messages.getMessage(column.headerKey(), null, locale));
		}
		sheet.value(0, c++, messages.getMessage("importing.report.status", null, locale));
		sheet.value(0, c, messages.getMessage("importing.report.error", null, locale));
		sheet.range(0, 0, 0, c).style().bold().set();
		sheet.width(c, 80);
		int line = 1;
		int after = 0;
		List<ImportRow> page;
		List<ImportRowStatus> all = List.of(ImportRowStatus.values());
		while (!(page = batches.rows(reader, id, all, after, 1000)).isEmpty()) {
			for (ImportRow row : page) {
				Map<String, String> shown = kind.shown(row.values());
				int col = 0;
				sheet.value(line, col++, row.rowNumber());
				for (ImportColumn column : columns) {
					sheet.value(line, col++, shown.getOrDefault(column.field(), ""));
				}
				sheet.value(line, col++, messages.getMessage("importing.status." + row.status(), null, locale));
				sheet.value(line, col, row.error() == null ? "" : row.error());
				line++;
				after = row.rowNumber();
			}
			sheet.flush();
		}
		workbook.finish();
	}

	/** The template: Chinese headers, one example row, and a drop-down for each coded column. */
	void writeTemplate(ImportKind kind, Actor reader, boolean xlsx, OutputStream out) throws IOException {
		List<ImportColumn> columns = kind.columns();
		Map<String, String> example = kind.example(reader);
		if (!xlsx) {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			// Excel opens a UTF-8 CSV correctly only with the byte-order mark.
			writer.write('\uFEFF');
			writer.write(columns.stream().map(col -> csv(messages.getMessage(col.headerKey(), null, CHINESE))).collect(Collectors.joining(",")));
			writer.write("\r\n");
			writer.write(columns.stream().map(col -> csv(example.getOrDefault(col.field(), ""))).collect(Collectors.joining(",")));
			writer.write("\r\n");
			writer.flush();
			return;
		}
		Workbook workbook = new Workbook(out, "jiazheng-credit", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.getMessage(kind.messageKey("template.sheet"), null, CHINESE));
		Map<String, Map<String, String>> options = kind.options(reader);
		Worksheet codes = options.isEmpty() ? null : workbook.newWorksheet(messages.getMessage(kind.messageKey("template.codes"), null, CHINESE));
		int codeColumn = 0;
		for (int c = 0; c < columns.size(); c++) {
			ImportColumn column = columns.get(c);
			sheet.value(0, c, messages.getMessage(column.headerKey(), null, CHINESE));
			sheet.value(1, c, example.getOrDefault(column.field(), ""));
			// Codes are text: a leading zero or an 18-character code must not become a number.
			sheet.range(1, c, TEMPLATE_ROWS, c).style().format("@").set();
			sheet.width(c, 28);
			Map<String, String> offered = options.get(column.field());
			if (offered != null && !offered.isEmpty()) {
				int r = 0;
				for (Map.Entry<String, String> option : offered.entrySet()) {
					codes.value(r, codeColumn, option.getKey());
					codes.value(r, codeColumn + 1, option.getValue());
					r++;
				}
				sheet.range(1, c, TEMPLATE_ROWS, c).validateWithList(codes.range(0, codeColumn, r - 1, codeColumn)).allowBlank(true)
					.errorStyle(DataValidationErrorStyle.WARNING).showErrorMessage(true)
					.errorTitle(messages.getMessage(column.headerKey(), null, CHINESE))
					.error(messages.getMessage(kind.messageKey("template.choose"), null, CHINESE));
				codeColumn += 2;
			}
		}
		sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
		workbook.finish();
	}

	private static String csv(String value) {
		return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static String displayName(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "-" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	/** SM3 of the uploaded bytes, read in blocks. */
	static String fingerprint(Path file) throws IOException {
		SM3Digest digest = new SM3Digest();
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
		}
		byte[] hash = new byte[digest.getDigestSize()];
		digest.doFinal(hash, 0);
		return HexFormat.of().formatHex(hash);
	}

	/** A valid row could not be saved when applying; the whole application was rolled back. */
	static final class RowFailure extends RuntimeException {

		final ImportRow row;

		final String error;

		RowFailure(ImportRow row, String error, Exception cause) {
			super("Row " + row.rowNumber() + " could not be imported", cause);
			this.row = row;
			this.error = error;
		}
	}
}
