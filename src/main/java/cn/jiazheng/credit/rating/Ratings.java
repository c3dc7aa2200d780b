package cn.jiazheng.credit.rating;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.region.RegionCode;

/**
 * 信用评价: runs over a territory and their results, within the reader's territory (a run or result of
 * another territory does not exist for them).
 */
public interface Ratings {

	/**
	 * Starts a run over {@code territory} (null: the actor's own; the platform admin may leave it null for
	 * the whole country) and returns at once; the run executes on a background thread. A FULL run uses the
	 * version in force and names it; a DRY run any stored version. A second run of the same model over the
	 * same territory while one is running is refused (409).
	 */
	RatingRun start(Actor by, String modelId, Integer version, RunKind kind, RegionCode territory);

	RatingRun run(Actor reader, long runId);

	/** The latest runs the reader may see, newest first. */
	List<RatingRun> runs(Actor reader, int limit);

	/** Results of a run, by subject id, optionally of one grade ("-" for 不予评定). */
	ResultPage results(Actor reader, long runId, String grade, int page, int size);

	RatingResult result(Actor reader, long runId, FileKind kind, long subjectId);

	/** How many results of the run have each grade, best grade first; "-" counts 不予评定. */
	Map<String, Long> distribution(Actor reader, long runId);

	/**
	 * A dry run against the latest finished FULL run of the same model and territory: from × to counts and
	 * the subjects whose grade changes.
	 */
	Migration migration(Actor reader, long dryRunId);

	/**
	 * For an enterprise's result: each record of it in publicity that could be repaired today (its minimum
	 * publicity has passed), and the grade the enterprise would have without it, everything else as stored.
	 */
	List<WhatIf> whatWouldChange(Actor reader, long runId, long enterpriseId);

	record ResultPage(List<RatingResult> items, long total, int page, int size) {
	}

	/**
	 * @param baseRunId the FULL run compared with, or null when there is none yet
	 * @param counts from grade → to grade → count ("-" for 不予评定, "∅" for a subject not in the other run)
	 */
	record Migration(long dryRunId, Long baseRunId, List<String> grades, Map<String, Map<String, Long>> counts,
			List<Change> changes) {
	}

	record Change(FileKind subject, long subjectId, String regionCode, String from, String to, int scoreFrom, int scoreTo) {
	}

	/** @param grade the grade without the record, null for 不予评定 */
	record WhatIf(long recordId, String typeCode, java.time.LocalDate decisionDate, java.time.LocalDate repairableFrom,
			int score, String grade, String currentGrade) {
	}
}
