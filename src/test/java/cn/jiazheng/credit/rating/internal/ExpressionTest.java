package cn.jiazheng.credit.rating.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import cn.jiazheng.credit.rating.Breaker;
import cn.jiazheng.credit.rating.Dimension;
import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.Feature;
import cn.jiazheng.credit.rating.Indicator;
import cn.jiazheng.credit.rating.ScoringModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept results change no score: for each shipped model, random subjects evaluated twice over (the second
 * time mostly from what the expressions kept) get each indicator's points and each breaker exactly as the
 * interpreter gives them for the same features; and each expression is kept by the features it names.
 */
class ExpressionTest {

	@ParameterizedTest
	@ValueSource(strings = { "ordos-enterprise", "zhouqu-enterprise", "shaoguan-worker" })
	void keptResultsAreTheInterpretersResultsForTheSameFeatures(String id) {
		CompiledModel model = CompiledModel.of(ScoringModelTest.shipped(id));
		SplittableRandom random = new SplittableRandom(20261124L);
		for (int round = 0; round < 2; round++) {
			// The second round meets the first round's combinations again: mostly kept results.
			SplittableRandom subjects = new SplittableRandom(random.nextLong());
			for (int i = 0; i < 5_000; i++) {
				Map<String, Object> features = randomFeatures(model.model(), subjects);
				Evaluation kept = model.evaluate(features);
				for (Dimension d : model.model().dimensions()) {
					for (Indicator indicator : d.indicators()) {
						double interpreted = ((Number) model.indicator(indicator.id()).interpret(features)).doubleValue();
						assertThat(kept.indicatorPoints().get(indicator.id())).as("%s %s, subject %s", id, indicator.id(), features)
							.isEqualTo(Math.max(0, Math.min(indicator.max(), interpreted)));
					}
				}
				List<String> fired = model.model().breakers().stream()
					.filter(b -> Boolean.TRUE.equals(model.breaker(b.id()).interpret(features)))
					.map(Breaker::id)
					.toList();
				assertThat(kept.breakers()).as("%s, subject %s", id, features).extracting(Evaluation.FiredBreaker::id)
					.containsExactlyElementsOf(fired);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ordos-enterprise", "zhouqu-enterprise", "shaoguan-worker" })
	void eachExpressionIsKeptByExactlyTheFeaturesItNames(String id) {
		CompiledModel model = CompiledModel.of(ScoringModelTest.shipped(id));
		Map<Expression, String> texts = new LinkedHashMap<>();
		model.model().dimensions().forEach(d -> d.indicators().forEach(i -> texts.put(model.indicator(i.id()), i.points())));
		model.model().breakers().forEach(b -> texts.put(model.breaker(b.id()), b.when()));
		texts.forEach((expression, text) -> {
			List<String> named = model.model().features().keySet().stream()
				.filter(feature -> Pattern.compile("\\b" + feature + "\\b").matcher(text).find())
				.sorted()
				.toList();
			assertThat(expression.reads()).as(text).containsExactlyElementsOf(named);
		});
	}

	private static Map<String, Object> randomFeatures(ScoringModel model, SplittableRandom random) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Feature f : model.features().values()) {
			values.put(f.name(), switch (f.kind().type()) {
				case INT -> (long) random.nextInt(random.nextBoolean() ? 3 : 60);
				case DOUBLE -> random.nextBoolean() ? random.nextInt(6) * 1.0 : random.nextDouble() * 5;
				case BOOL -> random.nextInt(5) > 0;
			});
		}
		return values;
	}
}
