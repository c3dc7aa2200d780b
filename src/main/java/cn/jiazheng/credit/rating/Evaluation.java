package cn.jiazheng.credit.rating;

import java.util.List;
import java.util.Map;

/**
 * One subject's result under one model version, with everything needed to explain it and to
 * reproduce it: the feature values it used, points per indicator and dimension, breakers that fired.
 *
 * @param grade null when a breaker says 不予评定
 * @param band the band the score falls in, before breakers
 */
public record Evaluation(String modelId, int modelVersion, Map<String, Object> features, int score, Band band, String grade,
		Map<String, Double> indicatorPoints, Map<String, Double> dimensionPoints, List<FiredBreaker> breakers) {

	public Evaluation {
		features = Map.copyOf(features);
		indicatorPoints = Map.copyOf(indicatorPoints);
		dimensionPoints = Map.copyOf(dimensionPoints);
		breakers = List.copyOf(breakers);
	}

	public boolean rated() {
		return grade != null;
	}

	/** A breaker that fired and what it did. */
	public record FiredBreaker(String id, String reason, String grade, String cap, boolean notRated) {
	}
}
