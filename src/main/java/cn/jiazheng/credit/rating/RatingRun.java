package cn.jiazheng.credit.rating;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiazheng.credit.archive.FileKind;

/**
 * 评价批次: one model version over one territory on one day.
 *
 * @param territory the region rated, null for the whole country
 * @param asOf the rating day: every fact is read as of this day, also when the run resumes later
 * @param total the files registered in the territory when the run started
 * @param done subjects rated so far
 * @param skipped subjects without a released file, not rated
 */
public record RatingRun(long id, String modelId, int modelVersion, FileKind subject, String territory, RunKind kind,
		RunState state, LocalDate asOf, long total, long done, long skipped, String failure, String startedBy,
		Instant startedAt, Instant finishedAt) {

	public boolean finished() {
		return state != RunState.RUNNING;
	}

	/** Subjects looked at so far, rated or skipped. */
	public long processed() {
		return done + skipped;
	}
}
