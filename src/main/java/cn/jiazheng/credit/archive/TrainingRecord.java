package cn.jiazheng.credit.archive;

import java.time.LocalDate;

import cn.jiazheng.credit.platform.InvalidValueException;

/** 培训记录: one course the worker completed. */
public record TrainingRecord(String course, Integer hours, String institution, LocalDate completedOn, String certificateNumber) {

	void requireComplete(String field, LocalDate today) {
		FieldRules.requireText(field + ".course", course, 100);
		if (hours == null || hours < 1 || hours > 2000) {
			throw new InvalidValueException(field + ".hours", "archive.training.hours-invalid", hours == null ? "" : hours);
		}
		FieldRules.requireText(field + ".institution", institution, 100);
		if (completedOn == null) {
			throw new InvalidValueException(field + ".completedOn", "archive.field.required");
		}
		if (completedOn.isAfter(today)) {
			throw new InvalidValueException(field + ".completedOn", "archive.date.in-future", completedOn);
		}
		FieldRules.limitText(field + ".certificateNumber", certificateNumber, 64);
	}

	/** As a reviewer reads it in a list of changes. */
	@Override
	public String toString() {
		return completedOn + " " + course + " " + hours + "h " + institution + (certificateNumber == null ? "" : " " + certificateNumber);
	}
}
