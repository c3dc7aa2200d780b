/**
 * 工作日历: official holidays and adjusted working days; deadlines in working days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作日历 calendar")
package cn.jiazheng.credit.calendar;
