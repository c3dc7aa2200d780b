package cn.jiazheng.credit.identity.internal;

import java.util.Locale;

import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * 口令复杂度 per MLPS 2.0 level 3 (GB/T 22239-2019 8.1.4.1): at least 8 characters drawn from at
 * least 3 of upper case, lower case, digits and symbols, and not the username. Reuse of the last 5
 * passwords is checked by {@link AccountManagement}, which has the history.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MIN_CLASSES = 3;

	static final int HISTORY = 5;

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidValueException("password", "identity.password.too-short", MIN_LENGTH);
		}
		if (password.length() > 128) {
			throw new InvalidValueException("password", "identity.password.too-long", 128);
		}
		if (classes(password) < MIN_CLASSES) {
			throw new InvalidValueException("password", "identity.password.classes", MIN_CLASSES);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
		if (!name.isEmpty() && (lower.contains(name) || lower.contains(new StringBuilder(name).reverse()))) {
			throw new InvalidValueException("password", "identity.password.contains-username");
		}
	}

	private static int classes(String password) {
		boolean upper = false, lower = false, digit = false, other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}
}
