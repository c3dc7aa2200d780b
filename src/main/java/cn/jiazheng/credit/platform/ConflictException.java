package cn.jiazheng.credit.platform;

/** The request is well-formed but the current state forbids it (409), e.g. an illegal transition. */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ConflictException(String messageKey, Object... arguments) {
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
