package cn.jiazheng.credit.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A day an official holiday arrangement names (法定节假日 or 调休上班日), with the festival it belongs to.
 *
 * @param festivalZh e.g. 国庆节, may be {@code null}
 * @param festivalEn e.g. National Day, may be {@code null}
 */
public record OfficialDay(LocalDate date, DayKind kind, String festivalZh, String festivalEn) {

	public OfficialDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
	}

	/** The festival's name in the reader's language, Chinese when there is no English name. */
	public String festival(Locale locale) {
		if (locale != null && "en".equals(locale.getLanguage()) && festivalEn != null) {
			return festivalEn;
		}
		return festivalZh != null ? festivalZh : festivalEn;
	}
}
