/**
 * 统计: dashboards and figures for each territory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "统计 statistics")
package cn.jiazheng.credit.statistics;
