/**
 * 授权: workers' authorisation letters and, later, consumers' query grants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "授权 consent")
package cn.jiazheng.credit.consent;
