package cn.jiazheng.credit.platform;

/**
 * The thing asked for does not exist, or lies outside the actor's reach: both answer 404, so that
 * nobody learns what exists in another territory.
 */
public class NotFoundException extends PlatformException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
