package cn.jiazheng.credit.archive;

import java.time.LocalDate;

import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * 犯罪背景核查: one result as the public-security authority reported it. The category (类别) says what
 * kind of record a not-clear result found; it is the most sensitive fact of the file and only
 * regulators holding {@link cn.jiazheng.credit.identity.Permission#VIEW_BACKGROUND_CATEGORY} read it.
 *
 * @param category required for a not-clear result, absent for a clear one
 */
public record BackgroundCheck(LocalDate checkedOn, String authority, BackgroundResult result, String category, LocalDate validUntil) {

	/** Every rule a result must meet before it is recorded; the first broken rule names its field. */
	public void requireComplete(LocalDate today) {
		if (checkedOn == null) {
			throw new InvalidValueException("checkedOn", "archive.field.required");
		}
		if (checkedOn.isAfter(today)) {
			throw new InvalidValueException("checkedOn", "archive.date.in-future", checkedOn);
		}
		FieldRules.requireText("authority", authority, 100);
		if (result == null) {
			throw new InvalidValueException("result", "archive.field.required");
		}
		if (result == BackgroundResult.NOT_CLEAR) {
			FieldRules.requireText("category", category, 50);
		}
		else if (category != null && !category.isBlank()) {
			throw new InvalidValueException("category", "archive.background.category-only-if-not-clear");
		}
		if (validUntil == null || validUntil.isBefore(checkedOn)) {
			throw new InvalidValueException("validUntil", "archive.background.validity-invalid");
		}
	}

	/** Whether the check clears the worker to serve on {@code day}. */
	public boolean clearOn(LocalDate day) {
		return result == BackgroundResult.CLEAR && !day.isAfter(validUntil);
	}
}
