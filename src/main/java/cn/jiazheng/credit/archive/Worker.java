package cn.jiazheng.credit.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 家政服务员 as lists and pages show them: masked identifiers only, never the birth date.
 *
 * @param regionCode the county of the enterprise that keeps the worker's file
 * @param state where the worker's file stands; null until its first draft is saved
 * @param healthValidUntil until when the released file's health examination lets the worker serve; null if it does not
 */
public record Worker(long id, String name, Gender gender, String maskedResidentId, String maskedPhone,
		String regionCode, Long enterpriseId, Instant createdAt, RevisionState state, Integer releasedNumber,
		LocalDate healthValidUntil) {

	/** Whether the released file's health examination has expired (or failed) by {@code day}. */
	public boolean healthLapsedOn(LocalDate day) {
		return releasedNumber != null && (healthValidUntil == null || healthValidUntil.isBefore(day));
	}
}
