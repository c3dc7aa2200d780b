package cn.jiazheng.credit.archive;

import java.time.LocalDate;

/**
 * A background check as one reader may see it. An enterprise and the worker see only the result
 * (通过 / 未通过) and whether it has lapsed; regulators also see the dates and the authority; the
 * category is filled only for regulators holding the explicit permission, and is otherwise null with
 * {@code categoryWithheld} telling the page that there is something it may not show.
 */
public record BackgroundCheckView(BackgroundResult result, boolean lapsed, LocalDate checkedOn, String authority,
		LocalDate validUntil, String category, boolean categoryWithheld) {
}
