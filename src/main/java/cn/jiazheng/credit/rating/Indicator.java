package cn.jiazheng.credit.rating;

/**
 * 指标: points (a CEL expression over the features) between 0 and {@code max}.
 *
 * @param points the CEL expression, as the regulator wrote it
 */
public record Indicator(String id, String name, int max, String points) {
}
