/**
 * 用户与权限: accounts, roles, territory, login, sessions, API keys.
 */
@org.springframework.modulith.ApplicationModule(displayName = "用户与权限 identity")
package cn.jiazheng.credit.identity;
