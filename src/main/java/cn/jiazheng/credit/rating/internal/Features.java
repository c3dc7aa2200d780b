package cn.jiazheng.credit.rating.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiazheng.credit.archive.RatingFacts.EnterpriseFacts;
import cn.jiazheng.credit.archive.RatingFacts.WorkerFacts;
import cn.jiazheng.credit.rating.Feature;
import cn.jiazheng.credit.rating.FeatureKind;
import cn.jiazheng.credit.rating.ScoringModel;
import cn.jiazheng.credit.record.RecordFacts;
import cn.jiazheng.credit.record.RecordFacts.Tally;

/**
 * The palette's values for one subject: what the file says (from archive's {@link EnterpriseFacts} or
 * {@link WorkerFacts}) and what its records say (the counts that record's {@link RecordFacts} took for the
 * model's {@link #tallies}), typed as the model's expressions were checked against: Long for INT, Double
 * for DOUBLE, Boolean for BOOL.
 *
 * <p>AVERAGE_STARS and EVALUATION_COUNT have no source: the platform holds no consumer evaluations yet
 * (no evaluations module), so they are 0.0 and 0 for everyone, and the result page says so.
 */
final class Features {

	private Features() {
	}

	/** What the model's record features ask of the records, one tally per record feature, in the features' order. */
	static List<Tally> tallies(ScoringModel model) {
		List<Tally> tallies = new ArrayList<>();
		for (Feature f : model.features().values()) {
			if (isRecordFeature(f)) {
				tallies.add(new Tally(Set.copyOf(f.recordTypes()), f.inPublicity(), f.months()));
			}
		}
		return tallies;
	}

	/** {@code counts} answer {@link #tallies}; null means the subject has no record that counts. */
	static Map<String, Object> of(ScoringModel model, EnterpriseFacts e, int[] counts) {
		Map<String, Object> values = new LinkedHashMap<>();
		int tally = 0;
		for (Feature f : model.features().values()) {
			values.put(f.name(), switch (f.kind()) {
				case RECORD_COUNT, RECORD_EXISTS -> fromCount(f, counts, tally++);
				case FILE_RELEASED -> e.released();
				case INSURANCE_VALID -> e.insuranceValid();
				case WORKER_COUNT -> (long) e.currentWorkers();
				case WORKER_SHARE -> share(f.condition(), e);
				case AVERAGE_STARS -> 0.0;
				case EVALUATION_COUNT -> 0L;
				// A worker's own facts mean nothing for an enterprise: neutral values.
				case TRAINING_HOURS, SKILL_LEVEL, YEARS_OF_SERVICE -> 0L;
				case HEALTH_VALID, BACKGROUND_CLEAR -> false;
			});
		}
		return values;
	}

	static Map<String, Object> of(ScoringModel model, WorkerFacts w, int[] counts) {
		Map<String, Object> values = new LinkedHashMap<>();
		int tally = 0;
		for (Feature f : model.features().values()) {
			values.put(f.name(), switch (f.kind()) {
				case RECORD_COUNT, RECORD_EXISTS -> fromCount(f, counts, tally++);
				case FILE_RELEASED -> w.released();
				case INSURANCE_VALID -> w.insuranceValid();
				case WORKER_COUNT -> 0L;
				case WORKER_SHARE -> 0.0;
				case AVERAGE_STARS -> 0.0;
				case EVALUATION_COUNT -> 0L;
				case TRAINING_HOURS -> (long) w.trainingHours();
				case SKILL_LEVEL -> (long) w.skillLevel();
				case YEARS_OF_SERVICE -> (long) w.yearsOfService();
				case HEALTH_VALID -> w.healthValid();
				case BACKGROUND_CLEAR -> w.backgroundClear();
			});
		}
		return values;
	}

	/**
	 * The stored values with the record features taken from other {@code counts}: what the subject would
	 * score if its records counted so, everything else as it was.
	 */
	static Map<String, Object> withCounts(ScoringModel model, Map<String, Object> stored, int[] counts) {
		Map<String, Object> values = new LinkedHashMap<>(typed(model, stored));
		int tally = 0;
		for (Feature f : model.features().values()) {
			if (isRecordFeature(f)) {
				values.put(f.name(), fromCount(f, counts, tally++));
			}
		}
		return values;
	}

	/** Stored JSON gives back Integers and Doubles as it pleases: each value is given the type its feature has. */
	static Map<String, Object> typed(ScoringModel model, Map<String, Object> stored) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Feature f : model.features().values()) {
			Object v = stored.get(f.name());
			values.put(f.name(), switch (f.kind().type()) {
				case INT -> ((Number) v).longValue();
				case DOUBLE -> ((Number) v).doubleValue();
				case BOOL -> (Boolean) v;
			});
		}
		return values;
	}

	private static boolean isRecordFeature(Feature f) {
		return f.kind() == FeatureKind.RECORD_COUNT || f.kind() == FeatureKind.RECORD_EXISTS;
	}

	private static Object fromCount(Feature f, int[] counts, int tally) {
		long count = counts == null ? 0 : counts[tally];
		return f.kind() == FeatureKind.RECORD_EXISTS ? (Object) (count > 0) : (Object) count;
	}

	private static double share(String condition, EnterpriseFacts e) {
		if (e.currentWorkers() == 0) {
			return 0.0;
		}
		int meeting = switch (condition) {
			case "QUALIFIED" -> e.qualified();
			case "HEALTH_VALID" -> e.healthValid();
			case "BACKGROUND_CLEAR" -> e.backgroundClear();
			case "TRAINED" -> e.trained();
			default -> throw new IllegalStateException("unknown worker condition " + condition);
		};
		return (double) meeting / e.currentWorkers();
	}
}
