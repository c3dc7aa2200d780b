package cn.jiazheng.credit.archive.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiazheng.credit.identity.Actor;

/**
 * What one kind of spreadsheet import brings to the generic {@link ImportPipeline}: its columns,
 * how a row is checked and identified, and how a valid row is saved.
 */
interface ImportKind {

	/** Stored with the batch, e.g. {@code ENTERPRISE}. */
	String name();

	List<ImportColumn> columns();

	/** The row's key as typed (normalised where possible), for the report even when the row is invalid. */
	String key(Map<String, String> values);

	/**
	 * Checks every rule that does not depend on other rows, as the actor would be checked when saving.
	 *
	 * @throws cn.jiazheng.credit.platform.InvalidValueException naming the first field that breaks a rule
	 */
	void validate(Actor by, Map<String, String> values);

	/** Which of these keys are already registered on the platform. */
	Set<String> registered(Collection<String> keys);

	/** Saves one valid row, inside the caller's transaction. */
	void apply(Actor by, Map<String, String> values);

	/** The example row of the template, valid for this actor. */
	Map<String, String> example(Actor by);

	/** Per coded field, the codes offered in the template's drop-down with their names; empty when none. */
	Map<String, Map<String, String>> options(Actor by);
}
