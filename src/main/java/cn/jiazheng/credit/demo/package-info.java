/**
 * 演示数据: a realistic province to try the platform on, seeded only in the demo profile, and the same
 * generator for tests and benchmarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据 demo")
package cn.jiazheng.credit.demo;
