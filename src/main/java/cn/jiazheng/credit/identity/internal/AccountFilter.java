package cn.jiazheng.credit.identity.internal;

import cn.jiazheng.credit.platform.SqlText;

import java.util.HashMap;
import java.util.Map;

import cn.jiazheng.credit.identity.Role;

/** Optional narrowing of an account list: role, name fragment, locked only. */
public record AccountFilter(Role role, String text, boolean lockedOnly) {

	public static final AccountFilter NONE = new AccountFilter(null, null, false);

	String sql() {
		StringBuilder sql = new StringBuilder();
		if (role != null) {
			sql.append(" AND role = :fRole");
		}
		if (text != null && !text.isBlank()) {
			sql.append(" AND (username ILIKE :fText OR display_name ILIKE :fText)");
		}
		if (lockedOnly) {
			sql.append(" AND (locked_until > now() OR NOT enabled)");
		}
		return sql.toString();
	}

	Map<String, Object> parameters() {
		Map<String, Object> params = new HashMap<>();
		if (role != null) {
			params.put("fRole", role.name());
		}
		if (text != null && !text.isBlank()) {
			params.put("fText", SqlText.containing(text));
		}
		return params;
	}
}
