package cn.jiazheng.credit.importing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiazheng.credit.identity.Actor;

/**
 * 导入类别: what one kind of spreadsheet import brings to the generic pipeline, implemented by the module
 * that owns the data as a Spring bean: who may use it, its columns, how a row is checked, identified and
 * shown, and how valid rows are saved. The pipeline does the rest (reading, staging sealed, duplicates,
 * the report, the one transaction).
 */
public interface ImportKind {

	/** The kind's name, stored with each batch and named by the API ({@code kind=...}); upper case, stable. */
	String name();

	/**
	 * Where the kind's pages live, e.g. {@code /enterprises}: the list is {@code <path>/imports}, the
	 * templates {@code <path>/import/template.xlsx}.
	 */
	String pagePath();

	/** Whether the actor may import this kind at all (their role); the territory is checked per row. */
	boolean allows(Actor actor);

	List<ImportColumn> columns();

	/**
	 * The row's key as staged, to find duplicates within the file and on the platform. Never a sensitive
	 * value in clear: an ID number is staged as its blind index (or as what it resolves to). {@code null}
	 * when the row has none.
	 *
	 * @param by the uploader, for kinds whose key depends on what the uploader can see
	 */
	String storedKey(Actor by, Map<String, String> values);

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
	 * The message key of a text that names this kind's data: {@code registered}, {@code repeated} (the
	 * row errors), {@code apply-denied}, {@code template.sheet}, {@code template.codes},
	 * {@code template.choose}, {@code template.file}, {@code page.title}, {@code page.explain},
	 * {@code page.key}, {@code page.same-file}, {@code page.applied-done}.
	 */
	String messageKey(String what);

	/**
	 * The message key of a field's name in a row error ("统一社会信用代码：…"): by default the header of the
	 * column of that field.
	 */
	default String fieldKey(String field) {
		return columns().stream().filter(c -> c.field().equals(field)).findFirst().map(ImportColumn::headerKey)
			.orElse(messageKey("field." + field));
	}

	/** A valid row that cannot be saved when applying; the cause names the field and rule. */
	final class RowRejected extends RuntimeException {

		private final transient ImportRow row;

		public RowRejected(ImportRow row, RuntimeException cause) {
			super("Row " + row.rowNumber() + " cannot be saved", cause);
			this.row = row;
		}

		public ImportRow row() {
			return row;
		}
	}
}
