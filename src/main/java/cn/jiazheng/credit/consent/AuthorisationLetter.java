package cn.jiazheng.credit.consent;

import java.time.Instant;
import java.util.Set;

/** 信用信息授权书 on file: what it allows, and who filed it when. Its content is fetched separately. */
public record AuthorisationLetter(long id, long workerId, String contentType, int sizeBytes, Set<ConsentScope> scopes,
		String uploadedBy, Instant uploadedAt, Instant revokedAt) {

	public boolean allows(ConsentScope scope) {
		return revokedAt == null && scopes.contains(scope);
	}
}
