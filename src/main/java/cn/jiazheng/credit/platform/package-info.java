/**
 * 平台基础: what every module shares: the embedded database, error handling, locale. A shared module,
 * so it holds no domain rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "平台基础 platform")
package cn.jiazheng.credit.platform;
