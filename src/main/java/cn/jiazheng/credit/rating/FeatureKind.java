package cn.jiazheng.credit.rating;

/**
 * The fixed palette of features (特征) a model may use: each is an aggregate the platform knows how to
 * compute over a subject's records and file. A model names its features and picks their parameters; it
 * cannot invent a new kind of aggregate, so every model can be computed in bulk by the same SQL.
 */
public enum FeatureKind {
	/** How many records of the given types (and severities) the subject has within the last N months, or in publicity. */
	RECORD_COUNT(ValueType.INT),
	/** Whether the subject has a record of the given types (in publicity, or within N months). */
	RECORD_EXISTS(ValueType.BOOL),
	/** Whether the subject's credit file is released. */
	FILE_RELEASED(ValueType.BOOL),
	/** Whether an insurance policy of the subject is valid on the rating day. */
	INSURANCE_VALID(ValueType.BOOL),
	/** An enterprise's current workers. */
	WORKER_COUNT(ValueType.INT),
	/** The share (0–1) of an enterprise's current workers who meet a condition; 0 without workers. */
	WORKER_SHARE(ValueType.DOUBLE),
	/** The average of evaluation stars (0 when there are none). */
	AVERAGE_STARS(ValueType.DOUBLE),
	/** How many evaluations the subject has received. */
	EVALUATION_COUNT(ValueType.INT),
	/** A worker's training hours in the released file. */
	TRAINING_HOURS(ValueType.INT),
	/** A worker's skill level: 0 for none, 1 (五级/初级工) to 5 (一级/高级技师). */
	SKILL_LEVEL(ValueType.INT),
	/** Whole years since the worker's first employment on the platform. */
	YEARS_OF_SERVICE(ValueType.INT),
	/** Whether the worker's health examination is fit and valid on the rating day. */
	HEALTH_VALID(ValueType.BOOL),
	/** Whether the worker's latest background check is clear and valid on the rating day. */
	BACKGROUND_CLEAR(ValueType.BOOL);

	/** The CEL type of a feature's value. */
	public enum ValueType {
		INT, DOUBLE, BOOL
	}

	private final ValueType type;

	FeatureKind(ValueType type) {
		this.type = type;
	}

	public ValueType type() {
		return type;
	}
}
