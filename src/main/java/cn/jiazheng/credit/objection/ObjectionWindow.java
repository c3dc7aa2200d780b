package cn.jiazheng.credit.objection;

import java.time.LocalDate;
import java.util.Objects;

import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionLevel;

/**
 * 异议期: from {@code opens} to {@code closes} (both days included, China dates) the subject may object to
 * the target. The module owning the target decides the window, e.g. rating: publication date + 15 working
 * days (Ordos art. 14). This module does not know what a publication is.
 *
 * @param targetRef the owning module's reference of the target, e.g. {@code "result:1234"}; at most 200 characters
 * @param regionCode the subject's county: the territory of the regulator who answers
 * @param subjectName shown in queues and on the form; may be null
 * @param targetLabel what the target is, in the owning module's words (e.g. "2026 年信用评价初评：B 级"); may be null
 */
public record ObjectionWindow(TargetKind targetKind, String targetRef, SubjectKind subjectKind, long subjectId,
		String regionCode, LocalDate opens, LocalDate closes, String subjectName, String targetLabel) {

	public ObjectionWindow {
		Objects.requireNonNull(targetKind, "targetKind");
		Objects.requireNonNull(subjectKind, "subjectKind");
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		if (targetRef == null || targetRef.isBlank() || targetRef.length() > 200) {
			throw new IllegalArgumentException("targetRef must have 1 to 200 characters");
		}
		RegionCode county = RegionCode.of(regionCode);
		if (county.level() != RegionLevel.COUNTY) {
			throw new IllegalArgumentException("regionCode must be a county: " + regionCode);
		}
		regionCode = county.value();
		if (closes.isBefore(opens)) {
			throw new IllegalArgumentException("closes must not be before opens");
		}
	}

	public ObjectionWindow(TargetKind targetKind, String targetRef, SubjectKind subjectKind, long subjectId,
			String regionCode, LocalDate opens, LocalDate closes) {
		this(targetKind, targetRef, subjectKind, subjectId, regionCode, opens, closes, null, null);
	}

	public ObjectionWindow(TargetKind targetKind, String targetRef, SubjectKind subjectKind, long subjectId,
			RegionCode regionCode, LocalDate opens, LocalDate closes) {
		this(targetKind, targetRef, subjectKind, subjectId, regionCode.value(), opens, closes, null, null);
	}

	/**
	 * A window that opens on the day of publication and closes at the end of the {@code workingDays}-th working
	 * day after it, counted as the Civil Code (art. 201) counts periods: the day of publication does not count,
	 * 调休 weekends count, holidays do not.
	 */
	public static ObjectionWindow afterPublication(TargetKind targetKind, String targetRef, SubjectKind subjectKind,
			long subjectId, String regionCode, LocalDate published, int workingDays, WorkingCalendar calendar) {
		return new ObjectionWindow(targetKind, targetRef, subjectKind, subjectId, regionCode, published,
				calendar.plusWorkingDays(published, workingDays));
	}

	public ObjectionWindow named(String subjectName, String targetLabel) {
		return new ObjectionWindow(targetKind, targetRef, subjectKind, subjectId, regionCode, opens, closes, subjectName,
				targetLabel);
	}

	/** Whether an objection may be filed on {@code day} (a China date). */
	public boolean openOn(LocalDate day) {
		return !day.isBefore(opens) && !day.isAfter(closes);
	}

	/** The enterprise the window concerns, for enterprise subjects. */
	public Long enterpriseId() {
		return subjectKind == SubjectKind.ENTERPRISE ? subjectId : null;
	}
}
