package cn.jiazheng.credit.platform;

/**
 * A refusal a person should read: it carries the message key and arguments of its text, so that the
 * web layer answers in the user's language while the domain stays free of Spring.
 */
public abstract class PlatformException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected PlatformException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
