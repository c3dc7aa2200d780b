package cn.jiazheng.credit.consent.internal;

import cn.jiazheng.credit.archive.SharingConsent;
import cn.jiazheng.credit.consent.ConsentScope;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent module's answer to the archive's question. It reads the consent history directly rather
 * than through {@link LetterFiling}, which needs archive services: the archive may then ask it from
 * anywhere without a cycle of beans.
 */
@Component
class SharingConsentOnFile implements SharingConsent {

	private final ConsentChangeRepository changes;

	SharingConsentOnFile(ConsentChangeRepository changes) {
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean allowsSharing(long workerId) {
		return changes.allows(workerId, ConsentScope.PLATFORM_SHARING);
	}
}
