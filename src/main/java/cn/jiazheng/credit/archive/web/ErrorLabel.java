package cn.jiazheng.credit.archive.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an error message names its field on a page: the field's label key and, for a row of a list
 * (a training, a policy), the row as a person counts it, from 1.
 *
 * @param row null for a field that is not in a list
 */
public record ErrorLabel(String key, Integer row) {

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	static ErrorLabel of(String field) {
		if (field == null || field.isBlank()) {
			return new ErrorLabel("archive.field.required", null);
		}
		Matcher index = INDEX.matcher(field);
		Integer row = index.find() ? Integer.parseInt(index.group(1)) + 1 : null;
		String plain = INDEX.matcher(field).replaceAll("");
		// The policy's parts are labelled once for both kinds of file.
		if (plain.startsWith("insurances.")) {
			plain = "insurance." + plain.substring("insurances.".length());
		}
		return new ErrorLabel("archive.field." + plain, row);
	}
}
