package cn.jiazheng.credit.platform;

/** The request is well-formed but the current state forbids it (409), e.g. an illegal transition. */
public class ConflictException extends PlatformException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
