package cn.jiazheng.credit.disclosure;

import java.util.Locale;

/** 公示查询: the public credit-profile lookup, for anyone, without an account. */
public interface PublicProfiles {

	/**
	 * The public profile of the enterprise with this 统一社会信用代码 (spaces and lower case are forgiven).
	 *
	 * @param locale the language of names that come in two (record types, retired counties)
	 * @throws cn.jiazheng.credit.platform.InvalidValueException naming {@code creditCode} and the rule it breaks
	 * @throws cn.jiazheng.credit.platform.NotFoundException when no enterprise has this code
	 */
	PublicProfile lookup(String creditCode, Locale locale);
}
