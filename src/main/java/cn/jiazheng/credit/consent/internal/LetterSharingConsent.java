package cn.jiazheng.credit.consent.internal;

import cn.jiazheng.credit.archive.SharingConsent;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sharing is consented while the worker's newest letter grants it and has not been revoked. */
@Component
class LetterSharingConsent implements SharingConsent {

	private final JdbcClient jdbc;

	LetterSharingConsent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Unscoped("asked by the archive about a worker it has already found within the actor's scope")
	public boolean allowsSharing(long workerId) {
		return jdbc.sql("""
				SELECT COALESCE((SELECT platform_sharing AND revoked_at IS NULL FROM consent.authorisation_letter
				                  WHERE worker_id = :w ORDER BY uploaded_at DESC, id DESC LIMIT 1), FALSE)""")
			.param("w", workerId)
			.query(Boolean.class)
			.single();
	}
}
