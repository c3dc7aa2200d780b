package cn.jiazheng.credit.archive;

/** 性别, as the sequence code of a {@link ResidentId} records it. */
public enum Gender {
	MALE, FEMALE
}
