package cn.jiazheng.credit.archive;

import java.time.LocalDate;

import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * 健康体检: the worker's latest health examination. The institution and the result are health details,
 * sensitive personal information; the validity date alone is not, and lists may show it.
 */
public record HealthExamination(LocalDate examinedOn, String institution, HealthResult result, LocalDate validUntil) {

	/** Whether it lets the worker serve on {@code day}: a fit result, not yet expired. */
	public boolean validOn(LocalDate day) {
		return result == HealthResult.FIT && validUntil != null && !day.isAfter(validUntil);
	}

	void requireComplete(String field, LocalDate today) {
		if (examinedOn == null) {
			throw new InvalidValueException(field + ".examinedOn", "archive.field.required");
		}
		if (examinedOn.isAfter(today)) {
			throw new InvalidValueException(field + ".examinedOn", "archive.date.in-future", examinedOn);
		}
		FieldRules.requireText(field + ".institution", institution, 100);
		if (result == null) {
			throw new InvalidValueException(field + ".result", "archive.field.required");
		}
		if (validUntil == null || validUntil.isBefore(examinedOn)) {
			throw new InvalidValueException(field + ".validUntil", "archive.health.validity-invalid");
		}
	}

	/** As a reviewer reads it in a list of changes. */
	@Override
	public String toString() {
		return examinedOn + " " + institution + " " + result + " → " + validUntil;
	}
}
