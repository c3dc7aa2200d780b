package cn.jiazheng.credit.identity;

import java.util.Arrays;
import java.util.Optional;

/** 接口权限: what an integrator's API key may do. Each becomes the authority {@code SCOPE_<code>}. */
public enum ApiScope {
	REGIONS_READ("regions:read"),
	FILES_READ("files:read"),
	RECORDS_READ("records:read"),
	RECORDS_WRITE("records:write"),
	RATINGS_READ("ratings:read"),
	LISTS_READ("lists:read");

	private final String code;

	ApiScope(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String authority() {
		return "SCOPE_" + code;
	}

	public static Optional<ApiScope> fromCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}
}
