package cn.jiazheng.credit.rating;

/**
 * 等级熔断: when {@code when} holds, the grade is fixed, capped, or the subject is not rated at all
 * (不予评定), whatever the points say; the reason is shown to the subject.
 *
 * @param grade the fixed grade, or null
 * @param cap the best grade the subject may have, or null
 * @param notRated whether the subject receives no grade
 */
public record Breaker(String id, String when, String grade, String cap, boolean notRated, String reason) {
}
