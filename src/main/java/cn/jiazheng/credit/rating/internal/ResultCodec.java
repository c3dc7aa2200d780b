package cn.jiazheng.credit.rating.internal;

import java.util.Map;
import java.util.Objects;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.ScoringModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Evaluations to rows and back. A row keeps what the result is (score, band, grade) and what it was made
 * of (model version, feature values); its explanation (points per indicator and dimension, breakers) is
 * the model's evaluation of those features again, which is exactly what the run computed: evaluation is
 * a function of the features (decision 0007), and the reproducibility test holds it to that. Storing the
 * explanation as well would triple what a run writes per subject.
 */
@Component
class ResultCodec {

	private static final Logger log = LoggerFactory.getLogger(ResultCodec.class);

	private final JsonMapper json;

	private final ModelService models;

	ResultCodec(JsonMapper json, ModelService models) {
		this.json = json;
		this.models = models;
	}

	ResultRepository.Row row(long runId, FileKind kind, long subjectId, String regionCode, Long enterpriseId, Evaluation e) {
		return new ResultRepository.Row(runId, kind, subjectId, regionCode, enterpriseId, e.modelId(), e.modelVersion(), e.score(),
				e.grade(), e.band().grade(), json.writeValueAsString(e.features()), null, null);
	}

	RatingResult result(ResultRepository.Row row) {
		CompiledModel compiled = models.compiled(row.modelId(), row.modelVersion());
		Map<String, Object> features = Features.typed(compiled.model(), json.readValue(row.features(), new TypeReference<Map<String, Object>>() {
		}));
		Evaluation e = compiled.evaluate(features);
		if (e.score() != row.score() || !Objects.equals(e.grade(), row.grade())) {
			// Never seen: it would mean a model version no longer evaluates as it did. What was rated stands.
			log.error("Result of run {} for {} {} re-evaluates to {} / {} instead of the stored {} / {}", row.runId(), row.subject(),
					row.subjectId(), e.score(), e.grade(), row.score(), row.grade());
			e = new Evaluation(e.modelId(), e.modelVersion(), features, row.score(), compiled.model().bandOf(row.band()), row.grade(),
					e.indicatorPoints(), e.dimensionPoints(), e.breakers());
		}
		return new RatingResult(row.runId(), row.subject(), row.subjectId(), row.regionCode(), row.enterpriseId(), e, row.stage(),
				row.ratedAt());
	}
}
