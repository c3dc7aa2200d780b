package cn.jiazheng.credit.platform;

import java.util.Arrays;

/**
 * A value a person entered breaks a rule. Carries the message key of the rule and the field, so
 * that the web layer can answer in the user's language and name the field; the domain stays free
 * of Spring.
 */
public class InvalidValueException extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidValueException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The field the value belongs to, e.g. {@code regionCode}. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}
}
