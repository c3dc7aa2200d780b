package cn.jiazheng.credit.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportRow;

/**
 * 批量登记企业: a regulator (or the platform admin) registers enterprises from a spreadsheet. The
 * upload (XLSX, first sheet, or UTF-8 CSV) is validated in full and staged before anything is saved;
 * the uploader then imports only the valid rows, all in one transaction, or nothing. Rows whose credit
 * code is already registered are reported and skipped, so importing the same file again duplicates
 * nothing. A batch is reached by its uploader within their territory, and by the platform admin;
 * for anyone else it does not exist.
 */
public interface EnterpriseImports {

	/** The template's formats. */
	enum Format {
		XLSX, CSV
	}

	/**
	 * Reads and validates {@code file}, stages every row with its verdict and returns the batch.
	 *
	 * @param locale the language of the row errors stored in the report
	 * @throws cn.jiazheng.credit.platform.InvalidValueException (field {@code file}) for a file that is not a
	 * spreadsheet, too large once unpacked, too wide or too long, or whose header does not match the template;
	 * nothing is stored then
	 */
	ImportBatch upload(Actor by, String fileName, Path file, Locale locale);

	ImportBatch get(Actor reader, long id);

	/** The newest earlier batch of the same reader with the very same file (same SM3 fingerprint), if any. */
	java.util.OptionalLong sameFileAs(Actor reader, long id);

	/** The reader's own batches, newest first. */
	List<ImportBatch> list(Actor reader, int limit);

	/**
	 * Rows of a batch in spreadsheet order, after row number {@code afterRow} (0 for the first page);
	 * {@code problemsOnly} leaves out the valid ones.
	 */
	List<ImportRow> rows(Actor reader, long id, boolean problemsOnly, int afterRow, int limit);

	/**
	 * Registers every valid row, all in one transaction: if one of them cannot be registered any more
	 * (registered meanwhile by someone else), none is, that row is marked, and a
	 * {@link cn.jiazheng.credit.platform.ConflictException} says which (in {@code locale}).
	 */
	ImportBatch apply(Actor by, long id, Locale locale);

	/** Imports nothing: the batch is closed and its staged rows are deleted. */
	ImportBatch discard(Actor by, long id);

	/** The report: every row with its values, status and 错误说明, as XLSX in the reader's language. */
	void writeReport(Actor reader, long id, Locale locale, OutputStream out) throws IOException;

	/** An empty template with the Chinese headers and one example row. */
	void writeTemplate(Actor reader, Format format, Locale locale, OutputStream out) throws IOException;
}
