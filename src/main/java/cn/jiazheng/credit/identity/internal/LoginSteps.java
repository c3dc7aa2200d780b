package cn.jiazheng.credit.identity.internal;

/**
 * Session attributes of the login: when it happened (for the absolute timeout) and which step is
 * still owed before the session may be used (second factor, or a new password).
 */
final class LoginSteps {

	static final String LOGIN_AT = "identity.loginAt";

	static final String PENDING = "identity.pending";

	/** A step the person must take before anything else. */
	enum Pending {
		CHANGE_PASSWORD("/account/password"), ENROL_TOTP("/login/totp/enrol"), TOTP("/login/totp");

		final String path;

		Pending(String path) {
			this.path = path;
		}
	}

	private LoginSteps() {
	}
}
