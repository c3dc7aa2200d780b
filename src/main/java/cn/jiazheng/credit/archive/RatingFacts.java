package cn.jiazheng.credit.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.jiazheng.credit.region.RegionCode;

/**
 * The rating engine's read of credit files: per subject, the few facts of the released file that a
 * scoring model's features need, in bulk and in id order, without territory (the engine rates whole
 * territories as the platform, not as a person) and without unsealing anything.
 *
 * <p>The territory is the subject's county ({@code region_code}): a file released in a county is rated
 * there. Every read is set-based: a page of subjects with their aggregates comes out of one statement.
 */
public interface RatingFacts {

	/** How many files of the kind are registered within the territory (null: the whole country), released or not. */
	long count(FileKind kind, RegionCode within);

	/** Up to {@code limit} enterprises of the territory with an id above {@code afterId}, in id order. */
	List<EnterpriseFacts> enterprises(RegionCode within, LocalDate asOf, long afterId, int limit);

	/** Up to {@code limit} workers of the territory with an id above {@code afterId}, in id order. */
	List<WorkerFacts> workers(RegionCode within, LocalDate asOf, long afterId, int limit);

	/** Every enterprise of the territory in id order, page by page (no list of the whole territory is held). */
	default void forEachEnterprise(RegionCode within, LocalDate asOf, Consumer<EnterpriseFacts> sink) {
		long after = 0;
		for (List<EnterpriseFacts> page; !(page = enterprises(within, asOf, after, 5_000)).isEmpty();) {
			page.forEach(sink);
			after = page.get(page.size() - 1).id();
		}
	}

	/** Every worker of the territory in id order, page by page. */
	default void forEachWorker(RegionCode within, LocalDate asOf, Consumer<WorkerFacts> sink) {
		long after = 0;
		for (List<WorkerFacts> page; !(page = workers(within, asOf, after, 5_000)).isEmpty();) {
			page.forEach(sink);
			after = page.get(page.size() - 1).id();
		}
	}

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
