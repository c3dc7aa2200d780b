package cn.jiazheng.credit.record;

/**
 * 失信程度 under the NDRC credit-repair rules: minor (轻微), general (一般), serious (严重); none for
 * positive records.
 */
public enum Severity {
	NONE, MINOR, GENERAL, SERIOUS
}
