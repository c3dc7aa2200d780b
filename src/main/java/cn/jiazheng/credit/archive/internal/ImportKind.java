package cn.jiazheng.credit.archive.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiazheng.credit.archive.ImportRow;
import cn.jiazheng.credit.archive.Imports;
import cn.jiazheng.credit.identity.Actor;

/**
 * What one kind of spreadsheet import brings to the generic {@link ImportPipeline}: who may use it,
 * its columns, how a row is checked, identified and shown, and how valid rows are saved.
 */
interface ImportKind {

	/** Stored with the batch. */
	Imports.Kind kind();

	default String name() {
		return kind().name();
	}

	/** Whether the actor may import this kind at all (their role); the territory is checked per row. */
	boolean allows(Actor actor);

	List<ImportColumn> columns();

	/**
	 * The row's key as staged, to find duplicates within the file and on the platform. Never a sensitive
	 * value in clear: an ID number is staged as its blind index. {@code null} when the row has none.
	 */
	String storedKey(Map<String, String> values);

	/** The key as people see it on the page, in the report and in row errors: masked where sensitive. */
	String shownKey(Map<String, String> values);

	/** The values as the report and the API show them: masked where sensitive. */
	default Map<String, String> shown(Map<String, String> values) {
		return values;
	}

	/**
	 * Checks every rule that does not depend on other rows, as the actor would be checked when saving.
	 *
	 * @throws cn.jiazheng.credit.platform.InvalidValueException naming the first field that breaks a rule
	 */
	void validate(Actor by, Map<String, String> values);

	/** Which of these stored keys are already registered on the platform. */
	Set<String> registered(Collection<String> storedKeys);

	/**
	 * Saves a chunk of valid rows (with their stored values), inside the caller's transaction.
	 *
	 * @throws RowRejected for the first row that can no longer be saved (registered meanwhile, say)
	 */
	void apply(Actor by, List<ImportRow> rows);

	/** The example row of the template, valid for this actor but for the example rule. */
	Map<String, String> example(Actor by);

	/** Per coded field, the codes offered in the template's drop-down with their names; empty when none. */
	Map<String, Map<String, String>> options(Actor by);

	/**
	 * The message key of a text that names this kind's data ({@code registered}, {@code repeated},
	 * {@code apply-denied}, {@code template.sheet}, {@code page.*}): the enterprise import's keys are
	 * {@code archive.import.<what>}, other kinds add their name.
	 */
	default String messageKey(String what) {
		return "archive.import." + what;
	}

	/** A valid row that cannot be saved when applying; the cause names the field and rule. */
	final class RowRejected extends RuntimeException {

		final ImportRow row;

		RowRejected(ImportRow row, RuntimeException cause) {
			super("Row " + row.rowNumber() + " cannot be saved", cause);
			this.row = row;
		}
	}
}
