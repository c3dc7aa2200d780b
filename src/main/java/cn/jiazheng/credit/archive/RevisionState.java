package cn.jiazheng.credit.archive;

/**
 * 采集、审核、公示、发布: the life of one revision (修订) of a credit file. A revision is drafted,
 * submitted, then approved or returned (退回) by the regulator of its county or one above; an approved
 * revision may spend a publicity period (公示) before it is released (发布); a release supersedes the
 * revision released before it. Nothing is overwritten.
 */
public enum RevisionState {
	DRAFT, SUBMITTED, RETURNED, PUBLICITY, RELEASED, SUPERSEDED;

	/** Only a draft or a returned revision can still be changed by its enterprise. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Not yet released nor superseded: at most one such revision per file. */
	public boolean open() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED || this == PUBLICITY;
	}
}
