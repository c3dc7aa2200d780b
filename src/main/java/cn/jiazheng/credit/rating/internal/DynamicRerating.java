package cn.jiazheng.credit.rating.internal;

import java.time.LocalDate;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.record.CreditRecordChanged;
import cn.jiazheng.credit.record.SubjectKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 动态评价: a record added or changed re-rates its subject under every model in force for its kind, on a
 * background thread once the change has committed. Each re-rating is a DYNAMIC run of one result, INITIAL
 * (初评): it goes through publicity like any other result before it replaces a published grade. The
 * event publication registry keeps the event until this listener completes, so a crash re-rates again
 * on restart rather than losing the change.
 */
@Component
class DynamicRerating {

	private static final Logger log = LoggerFactory.getLogger(DynamicRerating.class);

	private final ModelService models;

	private final RatingEngine engine;

	private final DynamicStore store;

	DynamicRerating(ModelService models, RatingEngine engine, DynamicStore store) {
		this.models = models;
		this.engine = engine;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(CreditRecordChanged event) {
		if (event.subjectKind() == SubjectKind.CONSUMER) {
			return;
		}
		FileKind kind = FileKind.valueOf(event.subjectKind().name());
		LocalDate today = LocalDate.now(RatingService.BEIJING);
		for (ModelVersion version : models.active()) {
			if (version.subject() != kind) {
				continue;
			}
			engine.rateOne(version, kind, event.subjectId(), today).ifPresent(rated -> {
				long run = store.store(version, kind, event.subjectId(), today, rated);
				log.debug("Re-rated {} {} under {}@{} in run {}", kind, event.subjectId(), version.modelId(), version.version(), run);
			});
		}
	}
}
