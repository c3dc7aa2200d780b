package cn.jiazheng.credit.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import cn.jiazheng.credit.region.RegionCode;

/**
 * The rating engine's read of credit records: counts of the records that count on a day, taken in the
 * database, without territory (the engine rates whole territories and single subjects on events, as the
 * platform, not as a person).
 *
 * <p>A record counts on {@code asOf} when it is ACTIVE (not frozen by an objection, not repaired, not
 * expired, not revoked), was decided on or before {@code asOf}, and its publicity has not ended by
 * {@code asOf} (records without publicity, minor or sensitive ones, count until repaired or revoked).
 * Passing the day makes a run reproducible even if the expiry job has not yet run.
 *
 * <p>The same statement counts for a territory and for one subject, so a full run, a re-rating on an
 * event and "what would change" cannot disagree about what a count means.
 */
public interface RecordFacts {

	/**
	 * Per subject of the kind whose records were entered within {@code within} (null: the whole country)
	 * and whose id is above {@code afterId}, the counts of the tallies in their order. Subjects without a
	 * record that counts for any tally are left out. In subject id order, streamed from the database without
	 * holding the result in memory; the sink is called on the caller's thread.
	 */
	void tally(SubjectKind kind, RegionCode within, LocalDate asOf, long afterId, List<Tally> tallies, Consumer<SubjectTally> sink);

	/**
	 * One subject's counts, leaving out the record {@code excluding} (null: none): for a re-rating on a
	 * {@link CreditRecordChanged}, and for the grade a subject would have if that record were repaired.
	 */
	int[] tally(SubjectKind kind, long subjectId, LocalDate asOf, List<Tally> tallies, Long excluding);

	/**
	 * A count the engine asks for: the records of these types that count on the day, decided within the
	 * last {@code months} months (null: at any time; twelve months back from 2027-01-31 is 2026-01-31,
	 * which is outside), and, when {@code inPublicity}, in publicity on the day.
	 */
	record Tally(Set<String> typeCodes, boolean inPublicity, Integer months) {

		public Tally {
			typeCodes = Set.copyOf(typeCodes);
			if (typeCodes.isEmpty()) {
				throw new IllegalArgumentException("a tally needs at least one record type");
			}
			if (months != null && months <= 0) {
				throw new IllegalArgumentException("months must be positive: " + months);
			}
		}

		/** The day after which a record must have been decided to count, or null without a window. */
		public LocalDate decidedAfter(LocalDate asOf) {
			return months == null ? null : asOf.minusMonths(months);
		}
	}

	/** One subject's counts, in the order of the tallies asked for. */
	record SubjectTally(long subjectId, int[] counts) {
	}
}
