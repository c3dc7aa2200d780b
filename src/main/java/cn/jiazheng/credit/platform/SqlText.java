package cn.jiazheng.credit.platform;

/**
 * What a person types into a search box, made safe for {@code LIKE}: their % and _ match themselves,
 * not everything. PostgreSQL's default escape character for LIKE is the backslash.
 */
public final class SqlText {

	private SqlText() {
	}

	/** A pattern that matches text containing {@code typed} (null or blank matches everything). */
	public static String containing(String typed) {
		return "%" + escape(typed) + "%";
	}

	/** A pattern that matches text starting with {@code typed}. */
	public static String startingWith(String typed) {
		return escape(typed) + "%";
	}

	private static String escape(String typed) {
		return typed == null ? "" : typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
