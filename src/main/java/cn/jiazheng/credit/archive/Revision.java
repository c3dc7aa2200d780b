package cn.jiazheng.credit.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 修订: one reviewed (or to-be-reviewed) version of a credit file, of an enterprise or of a worker.
 *
 * @param subjectId the enterprise's or the worker's id, as {@code kind} says
 * @param regionCode the county whose regulator reviews this revision
 */
public record Revision<F>(FileKind kind, long subjectId, int number, RevisionState state, String regionCode, F file,
		String createdBy, Instant createdAt, String submittedBy, Instant submittedAt, String decidedBy,
		Instant decidedAt, String returnReason, LocalDate publicityEnds, Instant releasedAt) {

	/** The same revision with its file in another form (decrypted, or masked for display). */
	public <G> Revision<G> withFile(G other) {
		return new Revision<>(kind, subjectId, number, state, regionCode, other, createdBy, createdAt, submittedBy,
				submittedAt, decidedBy, decidedAt, returnReason, publicityEnds, releasedAt);
	}
}
