package cn.jiazheng.credit.rating;

/** Where a model version stands: uploaded and checked (候选), in force (启用, one per model id), or retired (停用). */
public enum ModelState {
	CANDIDATE, ACTIVE, RETIRED
}
