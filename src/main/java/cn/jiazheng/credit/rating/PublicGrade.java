package cn.jiazheng.credit.rating;

import java.time.LocalDate;

/**
 * 公示的终评结果: what the public may see of an enterprise's current final grade under one model in force:
 * the grade and what it means, never the score's explanation.
 *
 * @param grade null when a breaker said 不予评定
 * @param bandLabel the grade's label, e.g. 信用良好; null for 不予评定
 * @param risk the grade's risk note; null for 不予评定
 * @param finalisedOn the day the grade became final (终评)
 */
public record PublicGrade(String modelId, String modelName, String grade, String bandLabel, String risk,
		LocalDate finalisedOn) {
}
