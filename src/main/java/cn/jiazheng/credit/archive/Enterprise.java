package cn.jiazheng.credit.archive;

import java.time.Instant;

/**
 * 家政企业 as lists show it: identity, territory, and where its file stands.
 *
 * @param state the state of its latest revision
 * @param releasedNumber the revision the public sees, or null before the first release
 */
public record Enterprise(long id, CreditCode creditCode, String name, String regionCode, RevisionState state,
		int latestNumber, Integer releasedNumber, Instant updatedAt) {

	public boolean released() {
		return releasedNumber != null;
	}
}
