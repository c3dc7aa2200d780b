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
 * @param publishedOn the day of publication (公示), null while the results are initial (初评)
 * @param windowCloses the last day objections may be filed: {@code publishedOn} + 15 working days
 * @param finalisedOn the day of finalisation (终评), null until then
 * @param revisesRunId for a correction after an upheld objection: the run whose result it replaces
 */
public record RatingRun(long id, String modelId, int modelVersion, FileKind subject, String territory, RunKind kind,
		RunState state, LocalDate asOf, long total, long done, long skipped, String failure, String startedBy,
		Instant startedAt, Instant finishedAt, LocalDate publishedOn, LocalDate windowCloses, LocalDate finalisedOn,
		Long revisesRunId) {

	public boolean published() {
		return publishedOn != null;
	}

	public boolean finalised() {
		return finalisedOn != null;
	}

	public boolean finished() {
		return state != RunState.RUNNING;
	}

	/** Subjects looked at so far, rated or skipped. */
	public long processed() {
		return done + skipped;
	}
}
