package cn.jiazheng.credit.statistics.internal;

/** One number on a dashboard, with the message key of its label and an optional link. */
public record Figure(String labelKey, long value, String link) {

	static Figure of(String labelKey, long value) {
		return new Figure(labelKey, value, null);
	}

	static Figure linked(String labelKey, long value, String link) {
		return new Figure(labelKey, value, link);
	}
}
