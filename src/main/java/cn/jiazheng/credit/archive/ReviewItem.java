package cn.jiazheng.credit.archive;

import java.time.Instant;

/**
 * A line of a reviewer's queue: a submitted revision of either kind of file.
 *
 * @param title the enterprise's name or the worker's name, as the subject is registered
 */
public record ReviewItem(FileKind kind, long subjectId, int number, String regionCode, String title,
		String submittedBy, Instant submittedAt) {
}
