package cn.jiazheng.credit.archive.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.jiazheng.credit.platform.InvalidValueException;

/** How a file's form turns typed text into values, once for every form: blanks, dates and their errors. */
final class FormValues {

	private FormValues() {
	}

	/** A date as 年-月-日, or null when left blank; anything else names the field. */
	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "archive.field.date-invalid", value);
		}
	}

	/** A date back into the form's text. */
	static String text(LocalDate value) {
		return value == null ? "" : value.toString();
	}

	/** Forms hold "" rather than null, so that a page never shows "null". */
	static String text(String value) {
		return value == null ? "" : value;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
