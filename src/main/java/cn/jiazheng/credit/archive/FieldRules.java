package cn.jiazheng.credit.archive;

import cn.jiazheng.credit.platform.InvalidValueException;

/** The rules every free-text field of a credit file obeys, in one place, so that both kinds of file say the same. */
final class FieldRules {

	private FieldRules() {
	}

	static void requireText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "archive.field.required");
		}
		limitText(field, value, max);
	}

	static void limitText(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidValueException(field, "archive.field.too-long", max);
		}
	}
}
