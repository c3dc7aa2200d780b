/**
 * 审计: the append-only, hash-chained audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计 audit")
package cn.jiazheng.credit.audit;
