package cn.jiazheng.credit.archive;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import cn.jiazheng.credit.region.RegionCode;

/**
 * The rating engine's read of credit files: per subject, the few facts of the released file that a
 * scoring model's features need, in bulk and in id order, without territory (the engine rates whole
 * territories as the platform, not as a person) and without unsealing anything.
 *
 * <p>The territory is the subject's county ({@code region_code}): a file released in a county is rated
 * there. Every read is set-based: a territory's subjects with their aggregates come out of one statement.
 */
public interface RatingFacts {

	/** How many files of the kind are registered within the territory (null: the whole country), released or not. */
	long count(FileKind kind, RegionCode within);

	/**
	 * Every enterprise of the territory with an id above {@code afterId}, in id order, streamed from one
	 * statement (no list of the territory is held); the sink is called on the caller's thread.
	 */
	void forEachEnterprise(RegionCode within, LocalDate asOf, long afterId, Consumer<EnterpriseFacts> sink);

	/** Every worker of the territory with an id above {@code afterId}, in id order, streamed from one statement. */
	void forEachWorker(RegionCode within, LocalDate asOf, long afterId, Consumer<WorkerFacts> sink);

	Optional<EnterpriseFacts> enterprise(long id, LocalDate asOf);

	Optional<WorkerFacts> worker(long id, LocalDate asOf);

	/**
	 * One enterprise on the rating day. Current workers are those in an ACTIVE employment with it; each
	 * condition is read from the workers' released summary columns.
	 *
	 * @param insuranceValid a policy of the released revision is valid on the day
	 * @param qualified current workers with a valid health examination, a clear background check and at least one training
	 */
	record EnterpriseFacts(long id, String regionCode, boolean released, boolean insuranceValid, int currentWorkers,
			int qualified, int healthValid, int backgroundClear, int trained) {
	}

	/**
	 * One worker on the rating day, from the released file's summary.
	 *
	 * @param enterpriseId the file's keeper (the current employer), or null
	 * @param skillLevel 0 without a level, 1 for 五级 (LEVEL_5) up to 5 for 一级 (LEVEL_1)
	 * @param yearsOfService whole years since the first employment on the platform began
	 */
	record WorkerFacts(long id, String regionCode, Long enterpriseId, boolean released, int trainingHours, int skillLevel,
			int yearsOfService, boolean healthValid, boolean backgroundClear, boolean insuranceValid) {
	}
}
