package cn.jiazheng.credit.calendar;

/** What an official notice says about a day. */
public enum DayKind {
	/** 法定节假日 (including the weekend days inside a holiday period): never a working day. */
	HOLIDAY,
	/** 调休上班: a Saturday or Sunday that is worked. */
	WORKDAY;

	/** The word used in the files: {@code holiday} or {@code workday}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
