package cn.jiazheng.credit.archive;

import java.time.Instant;

/**
 * 用工关系 / 绑定: one tie between a worker and an enterprise.
 *
 * @param enterpriseName the released name of the enterprise (public), for the worker's pages
 * @param workerName the worker's name; the ID number is never part of an employment view
 * @param workerHasAccount whether the worker has an account of their own: one who has confirms a
 * proposal themself, one who has not confirms through the signed letter the enterprise uploads
 * @param appliedByWorker whether the worker started it (申请) and the enterprise decides, rather than the other way round
 */
public record Employment(long id, long workerId, String workerName, long enterpriseId, String enterpriseName,
		EmploymentState state, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
		String endedBy, Instant endedAt, boolean workerHasAccount, boolean appliedByWorker) {
}
