package cn.jiazheng.credit.rating.internal;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.ScoringModel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Evaluations to rows and back: the features are given back the types their model declares. */
@Component
class ResultCodec {

	private final JsonMapper json;

	private final ModelService models;

	ResultCodec(JsonMapper json, ModelService models) {
		this.json = json;
		this.models = models;
	}

	ResultRepository.Row row(long runId, FileKind kind, long subjectId, String regionCode, Long enterpriseId, Evaluation e) {
		return new ResultRepository.Row(runId, kind, subjectId, regionCode, enterpriseId, e.modelId(), e.modelVersion(), e.score(),
				e.grade(), e.band().grade(), json.writeValueAsString(e.features()), json.writeValueAsString(e.indicatorPoints()),
				json.writeValueAsString(e.dimensionPoints()), json.writeValueAsString(e.breakers()), null, null);
	}

	RatingResult result(ResultRepository.Row row) {
		ScoringModel model = models.model(row.modelId(), row.modelVersion());
		Map<String, Object> features = Features.typed(model, json.readValue(row.features(), new TypeReference<Map<String, Object>>() {
		}));
		Map<String, Double> indicators = json.readValue(row.indicatorPoints(), new TypeReference<Map<String, Double>>() {
		});
		Map<String, Double> dimensions = json.readValue(row.dimensionPoints(), new TypeReference<Map<String, Double>>() {
		});
		List<Evaluation.FiredBreaker> breakers = json.readValue(row.breakers(), new TypeReference<List<Evaluation.FiredBreaker>>() {
		});
		Evaluation e = new Evaluation(row.modelId(), row.modelVersion(), features, row.score(), model.bandOf(row.band()), row.grade(),
				indicators, dimensions, breakers);
		return new RatingResult(row.runId(), row.subject(), row.subjectId(), row.regionCode(), row.enterpriseId(), e, row.stage(),
				row.ratedAt());
	}
}
