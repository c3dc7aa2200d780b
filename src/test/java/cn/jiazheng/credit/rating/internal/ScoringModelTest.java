package cn.jiazheng.credit.rating.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.InvalidModelException;
import cn.jiazheng.credit.rating.ModelProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped models load, score and break exactly as their files say; a bad file is refused with its lines. */
class ScoringModelTest {

	static String shipped(String id) {
		try (InputStream in = ScoringModelTest.class.getResourceAsStream("/rating/models/" + id + ".yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final CompiledModel ordos = CompiledModel.of(shipped("ordos-enterprise"));

	/** A flawless enterprise: released, insured, every worker qualified, nothing against it, two honours. */
	static Map<String, Object> exemplary() {
		Map<String, Object> f = new HashMap<>();
		f.put("fileReleased", true);
		f.put("insuranceValid", true);
		f.put("generalPenalties", 0L);
		f.put("qualifiedShare", 1.0);
		f.put("currentWorkers", 40L);
		f.put("complaints", 0L);
		f.put("overdueRectifications", 0L);
		f.put("honours", 2L);
		f.put("seriousDishonesty", false);
		f.put("dishonestDebtor", false);
		f.put("seriousPenalty", false);
		f.put("abnormalOperation", false);
		return f;
	}

	@Test
	void theOrdosBandsAreTheSeedsAtEveryBoundary() {
		var model = ordos.model();
		assertThat(model.band(0).grade()).isEqualTo("D");
		assertThat(model.band(349).grade()).isEqualTo("D");
		assertThat(model.band(350).grade()).isEqualTo("C");
		assertThat(model.band(599).grade()).isEqualTo("C");
		assertThat(model.band(600).grade()).isEqualTo("B");
		assertThat(model.band(799).grade()).isEqualTo("B");
		assertThat(model.band(800).grade()).isEqualTo("A");
		assertThat(model.band(1000).grade()).isEqualTo("A");
		assertThat(model.band(800).label()).isEqualTo("信用良好");
		assertThat(model.band(349).label()).isEqualTo("严重失信");
	}

	@Test
	void pointsFollowTheReferenceTableAndAddUpToTheScore() {
		Evaluation best = ordos.evaluate(exemplary());
		assertThat(best.score()).isEqualTo(1000);
		assertThat(best.grade()).isEqualTo("A");

		Map<String, Object> f = exemplary();
		f.put("generalPenalties", 4L);         // 250 - 320 → 0, not below
		f.put("qualifiedShare", 0.5);          // 100
		f.put("complaints", 1L);               // 1 per 40 workers = 2.5 per 100 → 80
		f.put("overdueRectifications", 1L);    // 75
		f.put("honours", 5L);                  // capped at 50
		Evaluation e = ordos.evaluate(f);
		assertThat(e.indicatorPoints()).containsEntry("general-penalties", 0.0).containsEntry("qualified-workers", 100.0)
			.containsEntry("complaints", 80.0).containsEntry("overdue-rectifications", 75.0).containsEntry("honours", 50.0);
		assertThat(e.dimensionPoints()).containsEntry("basic", 150.0);
		assertThat(e.score()).isEqualTo(150 + 0 + 100 + 80 + 75 + 50);
		assertThat(e.grade()).isEqualTo("C");
		assertThat(e.breakers()).isEmpty();

		f.put("complaints", 3L);               // 7.5 per 100 → 0
		assertThat(ordos.evaluate(f).indicatorPoints()).containsEntry("complaints", 0.0);
		f.put("currentWorkers", 400L);         // 0.75 per 100 → 150
		assertThat(ordos.evaluate(f).indicatorPoints()).containsEntry("complaints", 150.0);
	}

	@Test
	void eachBreakerAloneAndTogether() {
		assertThat(withBreakers("seriousDishonesty").grade()).isEqualTo("D");
		assertThat(withBreakers("dishonestDebtor").grade()).isEqualTo("D");
		assertThat(withBreakers("seriousPenalty").grade()).isEqualTo("C");
		assertThat(withBreakers("abnormalOperation").grade()).isEqualTo("B");
		assertThat(withBreakers("seriousPenalty", "abnormalOperation").grade()).as("the harsher cap wins").isEqualTo("C");
		Evaluation all = withBreakers("seriousDishonesty", "dishonestDebtor", "seriousPenalty", "abnormalOperation");
		assertThat(all.grade()).isEqualTo("D");
		assertThat(all.breakers()).extracting(Evaluation.FiredBreaker::reason)
			.containsExactly("列入严重失信主体名单", "被列为失信被执行人", "公示期内有严重行政处罚", "被列入经营异常名录");
		assertThat(all.score()).as("the points are still shown").isEqualTo(1000);
		assertThat(all.band().grade()).isEqualTo("A");

		Map<String, Object> weak = exemplary();
		weak.put("fileReleased", false);
		weak.put("insuranceValid", false);
		weak.put("qualifiedShare", 0.0);
		weak.put("generalPenalties", 2L);
		weak.put("abnormalOperation", true);
		assertThat(ordos.evaluate(weak).score()).isEqualTo(0 + 90 + 0 + 200 + 150 + 50);
		assertThat(ordos.evaluate(weak).grade()).as("a cap never raises a grade").isEqualTo("C");
	}

	@Test
	void theZhouquAndShaoguanModelsLoadAndApplyTheirRules() {
		CompiledModel zhouqu = CompiledModel.of(shipped("zhouqu-enterprise"));
		assertThat(zhouqu.model().bands()).extracting(b -> b.grade()).containsExactly("AAA", "AA", "A", "B");
		assertThat(zhouqu.model().band(90).grade()).isEqualTo("AAA");
		assertThat(zhouqu.model().band(89).grade()).isEqualTo("AA");
		assertThat(zhouqu.model().band(59).grade()).isEqualTo("B");

		CompiledModel stars = CompiledModel.of(shipped("shaoguan-worker"));
		Map<String, Object> worker = new HashMap<>(Map.of("trainingHours", 80L, "skillLevel", 5L, "yearsOfService", 6L,
				"complaints", 0L, "averageStars", 5.0, "evaluations", 12L, "backgroundClear", true, "healthValid", true));
		assertThat(stars.evaluate(worker).grade()).isEqualTo("5");
		worker.put("healthValid", false);
		assertThat(stars.evaluate(worker).grade()).as("an expired examination caps the stars").isEqualTo("2");
		worker.put("backgroundClear", false);
		Evaluation none = stars.evaluate(worker);
		assertThat(none.rated()).as("不予评定").isFalse();
		assertThat(none.grade()).isNull();
	}

	@Test
	void aBadFileIsRefusedWithEveryProblemAndItsLine() {
		String bad = shipped("ordos-enterprise")
			.replace("points: \"250 - 80 * generalPenalties\"", "points: \"250 - 80 * generalPenaltys\"")
			.replace("max: 50\n        points: \"insuranceValid ? 50 : 0\"", "max: 60\n        points: \"insuranceValid ? 50 : 0\"")
			.replace("{grade: C, from: 350,", "{grade: C, from: 360,")
			.replace("    when: abnormalOperation\n", "    when: currentWorkers\n");
		assertThatThrownBy(() -> CompiledModel.of(bad)).isInstanceOfSatisfying(InvalidModelException.class, ex -> {
			assertThat(ex.problems()).extracting(ModelProblem::messageKey)
				.contains("rating.model.maxima-sum", "rating.model.band-gap");
			assertThat(lineOf(bad, "{grade: C, from: 360,")).isIn(ex.problems().stream().map(ModelProblem::line).toList());
		});
		String typeErrors = shipped("ordos-enterprise")
			.replace("points: \"250 - 80 * generalPenalties\"", "points: \"250 - 80 * generalPenaltys\"")
			.replace("    when: abnormalOperation\n", "    when: currentWorkers\n");
		assertThatThrownBy(() -> CompiledModel.of(typeErrors)).isInstanceOfSatisfying(InvalidModelException.class, ex -> {
			assertThat(ex.problems()).extracting(ModelProblem::messageKey)
				.containsExactlyInAnyOrder("rating.model.expression", "rating.model.expression-not-bool");
			assertThat(ex.problems()).extracting(ModelProblem::line)
				.containsExactlyInAnyOrder(lineOf(typeErrors, "generalPenaltys"), lineOf(typeErrors, "when: currentWorkers"));
		});
		assertThatThrownBy(() -> CompiledModel.of("id: x\n  bad: [")).isInstanceOfSatisfying(InvalidModelException.class,
				ex -> assertThat(ex.problems()).extracting(ModelProblem::messageKey).containsExactly("rating.model.syntax"));
		assertThatThrownBy(() -> CompiledModel.of(shipped("ordos-enterprise").replace("subject: ENTERPRISE", "subject: ENTERPRISE\nweigth: 3")))
			.isInstanceOfSatisfying(InvalidModelException.class, ex -> assertThat(ex.problems()).extracting(ModelProblem::messageKey)
				.containsExactly("rating.model.unknown-key"));
		String overlap = shipped("ordos-enterprise").replace("{grade: B, from: 600, to: 799,", "{grade: B, from: 600, to: 810,");
		assertThatThrownBy(() -> CompiledModel.of(overlap)).isInstanceOfSatisfying(InvalidModelException.class,
				ex -> assertThat(ex.problems()).extracting(ModelProblem::messageKey).contains("rating.model.band-overlap"));
	}

	private static int lineOf(String text, String fragment) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(fragment)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(fragment);
	}

	private Evaluation withBreakers(String... on) {
		Map<String, Object> f = exemplary();
		for (String feature : on) {
			f.put(feature, true);
		}
		return ordos.evaluate(f);
	}
}
