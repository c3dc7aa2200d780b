/**
 * 行政区划: the division tree and territory arithmetic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政区划 region")
package cn.jiazheng.credit.region;
