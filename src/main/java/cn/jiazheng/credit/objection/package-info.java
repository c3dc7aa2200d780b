/**
 * 异议: objections (异议申请 / 复核申请) against a rating result, a credit record or a list entry, filed
 * within a window the owning module opens, answered within a deadline counted in working days on the
 * official calendar, with an append-only history and public events for the modules that own the target.
 */
@org.springframework.modulith.ApplicationModule(displayName = "异议 objection")
package cn.jiazheng.credit.objection;
