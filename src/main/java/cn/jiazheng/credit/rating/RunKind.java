package cn.jiazheng.credit.rating;

/**
 * What a run is for: a FULL rating (全量评价) with the model in force, a DRY run (试算, what-if) of any
 * version whose results are never published, or a DYNAMIC re-rating of one subject after a record changed.
 */
public enum RunKind {
	FULL, DRY, DYNAMIC
}
