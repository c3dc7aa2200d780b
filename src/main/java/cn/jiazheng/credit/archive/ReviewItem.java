package cn.jiazheng.credit.archive;

import java.time.Instant;

/**
 * A line of a reviewer's queue or of an enterprise's list of submissions: one revision of either kind
 * of file and where it stands.
 *
 * @param title the enterprise's name or the worker's name, as the subject is registered
 * @param returnReason why the reviewer returned it, while it is returned
 */
public record ReviewItem(FileKind kind, long subjectId, int number, String regionCode, String title, RevisionState state,
		String submittedBy, Instant submittedAt, Instant decidedAt, String returnReason) {
}
