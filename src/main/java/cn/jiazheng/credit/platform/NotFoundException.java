package cn.jiazheng.credit.platform;

/**
 * The thing asked for does not exist, or lies outside the actor's reach: both answer 404, so that
 * nobody learns what exists in another territory.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public NotFoundException(String messageKey, Object... arguments) {
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
