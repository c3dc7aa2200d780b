package cn.jiazheng.credit.rating;

import java.time.LocalDate;
import java.util.List;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.identity.Actor;

/**
 * 公示、异议与终评 of ratings (Ordos arts. 14–16): a regulator publishes a finished FULL run of their
 * territory (its results move INITIAL → PUBLISHED and each gets an objection window of 15 working days
 * counted from the day after publication); an upheld objection re-rates the subject and publishes the
 * corrected result again with a window of its own; once every window has closed and every objection is
 * answered, the regulator finalises the run and its results become the subjects' current final grades.
 * Methods taking a day let tests fix it; the others use today's China date.
 */
public interface RatingPublication {

	/** The objection module's reference of one published result: {@code run:<runId>/result:<KIND>:<subjectId>}. */
	static String targetRef(long runId, FileKind kind, long subjectId) {
		return "run:" + runId + "/result:" + kind.name() + ":" + subjectId;
	}

	/** The prefix shared by every result of a run, for counting its open objections. */
	static String runPrefix(long runId) {
		return "run:" + runId + "/";
	}

	RatingRun publish(Actor by, long runId);

	/**
	 * Publishes a finished FULL run on {@code day}, once (409 the second time, naming the day it was published),
	 * and registers one objection window per result in the same transaction.
	 */
	RatingRun publish(Actor by, long runId, LocalDate day);

	RatingRun finalise(Actor by, long runId);

	/**
	 * 终评: refused (409) while a window of the run or of a correction of it is open on {@code today}, or while
	 * an objection against any of their results is unanswered; the message names the condition.
	 */
	RatingRun finalise(Actor by, long runId, LocalDate today);

	/** How many dynamic re-ratings of the actor's territory wait for publication (the latest per subject and model). */
	long pendingDynamic(Actor reader);

	/** Publishes the pending dynamic re-ratings of the actor's territory on {@code day}; older pending ones of the same subject are superseded. */
	int publishDynamic(Actor by, LocalDate day);

	/** Finalises the published dynamic re-ratings of the territory whose window closed before {@code today} and whose objections are answered. */
	int finaliseDynamic(Actor by, LocalDate today);

	/** Corrections published after upheld objections against the run's results, oldest first. */
	List<RatingRun> corrections(Actor reader, long runId);

	/** Objections against the run's results and its corrections' still waiting for an answer. */
	long unanswered(Actor reader, long runId);

	/**
	 * 公示: the enterprise's current final grades, one per enterprise model in force, for anyone: public
	 * information, so no scope applies. Empty when it has none.
	 */
	List<PublicGrade> finalGrades(long enterpriseId);

	/**
	 * 我的信用: for each model in force for enterprises, the enterprise's current final result and the published
	 * one if newer (初评公示中). Only for enterprise users, about their own enterprise.
	 */
	List<Standing> standing(Actor enterprise, LocalDate today);

	/**
	 * @param finalResult the current final grade's result, or null
	 * @param published a published, not yet final result newer than the final one, or null
	 * @param publishedRef its objection reference
	 * @param whatWouldChange for the newest of the two: the grade without each repairable record
	 */
	record Standing(String modelId, String modelName, RatingRun finalRun, RatingResult finalResult, RatingRun publishedRun,
			RatingResult published, String publishedRef, List<Ratings.WhatIf> whatWouldChange) {

		public RatingResult newest() {
			return published != null ? published : finalResult;
		}

		public RatingRun newestRun() {
			return published != null ? publishedRun : finalRun;
		}
	}
}
