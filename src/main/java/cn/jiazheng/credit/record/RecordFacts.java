package cn.jiazheng.credit.record;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.jiazheng.credit.region.RegionCode;

/**
 * The rating engine's read of credit records: the records that count on a day, without territory (the
 * engine rates whole territories and single subjects on events, as the platform, not as a person).
 *
 * <p>A record counts on {@code asOf} when it is ACTIVE (not frozen by an objection, not repaired, not
 * expired, not revoked), was decided on or before {@code asOf}, and its publicity has not ended by
 * {@code asOf} (records without publicity, minor or sensitive ones, count until repaired or revoked).
 * Passing the day makes a run reproducible even if the expiry job has not yet run.
 */
public interface RecordFacts {

	/** The facts of one subject, oldest decision first: for re-rating on a {@link CreditRecordChanged}. */
	List<RecordFact> of(SubjectKind kind, long subjectId, LocalDate asOf);

	/**
	 * Every fact of every subject of the kind whose records were entered within {@code within} (null: the
	 * whole country), ordered by subject id so that a caller can fold one subject at a time. Streams from the
	 * database without holding the result in memory; the sink is called on the caller's thread.
	 */
	void forEach(SubjectKind kind, RegionCode within, LocalDate asOf, Consumer<RecordFact> sink);

	/**
	 * Aggregated per subject: how many records of each type count on {@code asOf} and were decided within the
	 * last {@code months} months, and how many of them are in publicity. For features such as "general
	 * penalties in publicity" or "complaints in the last 12 months" over a whole territory without moving
	 * every record out of the database.
	 */
	void countsByType(SubjectKind kind, RegionCode within, LocalDate asOf, int months, Consumer<TypeCount> sink);

	/**
	 * @param counted records of the type that count and were decided in the window
	 * @param inPublicity those of them in publicity on the day
	 */
	record TypeCount(SubjectKind subjectKind, long subjectId, String typeCode, Severity severity, int counted,
			int inPublicity) {
	}
}
