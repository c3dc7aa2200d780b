package cn.jiazheng.credit.rating;

import java.time.Instant;

import cn.jiazheng.credit.archive.FileKind;

/**
 * 评价结果: one subject's evaluation in one run, as stored: the model version and the feature values it
 * used, so that it explains itself and can be re-evaluated.
 *
 * @param stage INITIAL (初评) until published; PUBLISHED; FINAL (终评)
 */
public record RatingResult(long runId, FileKind subject, long subjectId, String regionCode, Long enterpriseId,
		Evaluation evaluation, String stage, Instant ratedAt) {
}
