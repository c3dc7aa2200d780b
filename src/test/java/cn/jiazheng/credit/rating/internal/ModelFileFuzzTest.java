package cn.jiazheng.credit.rating.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import cn.jiazheng.credit.rating.Feature;
import cn.jiazheng.credit.rating.InvalidModelException;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a regulator uploads as a model file, loading it either yields a model that scores a subject
 * or stops with an {@link InvalidModelException} listing the problems: nothing else escapes. The seeds are
 * the shipped models and a few broken ones. {@code bench/fuzz.sh ModelFileFuzzTest} fuzzes it.
 */
class ModelFileFuzzTest {

	@FuzzTest
	void load(byte[] file) {
		CompiledModel model;
		try {
			model = CompiledModel.of(new String(file, StandardCharsets.UTF_8));
		}
		catch (InvalidModelException refused) {
			assertThat(refused.problems()).isNotEmpty();
			assertThat(refused.problems()).allSatisfy(p -> assertThat(p.line()).isNotNegative());
			return;
		}
		Map<String, Object> nothing = new HashMap<>();
		for (Feature feature : model.model().features().values()) {
			nothing.put(feature.name(), switch (feature.kind().type()) {
				case INT -> 0L;
				case DOUBLE -> 0.0;
				case BOOL -> false;
			});
		}
		try {
			var evaluation = model.evaluate(nothing);
			assertThat(evaluation.score()).isBetween(model.model().scaleMin(), model.model().scaleMax());
		}
		catch (IllegalStateException modelsOwnFault) {
			// Documented: an expression that type-checks can still divide by zero on some subject.
			assertThat(modelsOwnFault).hasMessageStartingWith("rating expression ");
		}
	}
}
