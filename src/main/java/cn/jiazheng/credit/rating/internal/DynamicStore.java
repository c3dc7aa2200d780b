package cn.jiazheng.credit.rating.internal;

import java.time.LocalDate;
import java.util.List;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.rating.ModelVersion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A dynamic re-rating's run and its one result, together or not at all. */
@Component
class DynamicStore {

	private final RunRepository runs;

	private final ResultRepository results;

	private final ResultCodec codec;

	DynamicStore(RunRepository runs, ResultRepository results, ResultCodec codec) {
		this.runs = runs;
		this.results = results;
		this.codec = codec;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	long store(ModelVersion version, FileKind kind, long subjectId, LocalDate asOf, RatingEngine.Rated rated) {
		long run = runs.insertDynamic(version.modelId(), version.version(), kind, rated.regionCode(), asOf, AuditActor.SYSTEM.auditName());
		results.insert(List.of(codec.row(run, kind, subjectId, rated.regionCode(), rated.enterpriseId(), rated.evaluation())));
		return run;
	}
}
