package cn.jiazheng.credit.statistics.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * 首页: what one actor sees first. The figures are counted within the actor's scope at the moment
 * of asking; nothing is cached.
 *
 * @param territoryName the name path of the actor's territory, or null
 * @param deadlineIn15WorkingDays today plus 15 working days (the objection window of a rating
 * published today), or null when the calendar for that year is not loaded
 */
public record Dashboard(String headingKey, String territoryName, List<Figure> figures, LocalDate today,
		boolean todayIsWorkingDay, LocalDate deadlineIn15WorkingDays) {
}
