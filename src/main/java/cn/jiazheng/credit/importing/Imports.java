package cn.jiazheng.credit.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import cn.jiazheng.credit.identity.Actor;

/**
 * 批量导入, every kind: an upload (XLSX, first sheet, or UTF-8 CSV) is validated in full and staged
 * before anything is saved; the uploader then imports only the valid rows, all in one transaction, or
 * nothing. Rows already on the platform are reported and skipped, so importing the same file again
 * duplicates nothing. Staged values are kept only sealed, and sensitive values are shown masked in
 * rows, pages and the report alike.
 * <p>
 * A batch is reached by its uploader, within their territory (and, for an enterprise user, their
 * enterprise), and by the platform admin; for anyone else it does not exist.
 */
public interface Imports {

	/** The template's formats. */
	enum Format {
		XLSX, CSV
	}

	/**
	 * Whether the actor may import this kind at all: the name of an {@link ImportKind}, e.g. ENTERPRISE
	 * (regulators register enterprises), WORKER (an enterprise registers its workers), RECORD (regulators
	 * enter credit records).
	 *
	 * @throws cn.jiazheng.credit.platform.InvalidValueException (field {@code kind}) for a kind that does not exist
	 */
	boolean mayImport(Actor actor, String kind);

	/**
	 * Reads and validates {@code file}, stages every row with its verdict and returns the batch.
	 *
	 * @param locale the language of the row errors stored in the report
	 * @throws cn.jiazheng.credit.platform.InvalidValueException (field {@code file}) for a file that is not a
	 * spreadsheet, too large, too wide or too long, or whose header does not match the template; nothing is stored then
	 * @throws org.springframework.security.access.AccessDeniedException when the actor may not import this kind
	 */
	ImportBatch upload(Actor by, String kind, String fileName, Path file, Locale locale);

	ImportBatch get(Actor reader, long id);

	/** The batch, if it is of this kind: one of another kind is not found. */
	ImportBatch get(Actor reader, long id, String kind);

	/** The newest earlier batch of the same reader with the very same file (same SM3 fingerprint), if any. */
	OptionalLong sameFileAs(Actor reader, long id);

	/** The reader's own batches of this kind, newest first. */
	List<ImportBatch> list(Actor reader, String kind, int limit);

	/**
	 * Rows in spreadsheet order after row number {@code afterRow}, sensitive values masked;
	 * {@code problemsOnly} leaves out the valid ones.
	 */
	List<ImportRow> rows(Actor reader, long id, boolean problemsOnly, int afterRow, int limit);

	/**
	 * Saves every valid row, all in one transaction; a row that cannot be saved any more (registered
	 * meanwhile) saves none, is marked, and a {@link cn.jiazheng.credit.platform.ConflictException} names it.
	 */
	ImportBatch apply(Actor by, long id, Locale locale);

	/** Imports nothing: the batch is closed and its staged rows are deleted. */
	ImportBatch discard(Actor by, long id);

	/** Every row with its (masked) values, status and 错误说明, as XLSX in the reader's language. */
	void writeReport(Actor reader, long id, Locale locale, OutputStream out) throws IOException;

	/** The template: Chinese headers and one example row that passes every check but the example rule. */
	void writeTemplate(Actor reader, String kind, Format format, OutputStream out) throws IOException;
}
