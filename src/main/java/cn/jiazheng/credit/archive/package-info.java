/**
 * 信用档案: one file per enterprise and per worker (一企一档、一人一档), and the identifiers that
 * name them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "信用档案 archive")
package cn.jiazheng.credit.archive;
