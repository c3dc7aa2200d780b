package cn.jiazheng.credit.identity.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.Sm3;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes integrators' keys. A key reads {@code jzk_<prefix>_<secret>}: the prefix
 * finds the row, the secret is compared by its SM3 digest in constant time.
 */
@Service
@Transactional
public class ApiKeys {

	private static final Pattern FORMAT = Pattern.compile("jzk_([a-z2-7]{8})_([a-z2-7]{32})");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiKeyRepository keys;

	private final RegionDirectory regions;

	private final AuditTrail audit;

	private final Clock clock;

	ApiKeys(ApiKeyRepository keys, RegionDirectory regions, AuditTrail audit, Clock clock) {
		this.keys = keys;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Returns the whole key; it is shown once and cannot be recovered. */
	public String issue(Actor by, String name, List<ApiScope> scopes, RegionCode territory) {
		if (name == null || name.isBlank() || name.length() > 80) {
			throw new InvalidValueException("name", "identity.apikey.name.invalid");
		}
		if (scopes == null || scopes.isEmpty()) {
			throw new InvalidValueException("scopes", "identity.apikey.scopes.required");
		}
		if (territory == null || !regions.exists(territory)) {
			throw new InvalidValueException("territory", "identity.territory.unknown", territory);
		}
		String prefix = random(8);
		String secret = random(32);
		long id = keys.insert(by.scope(), name.strip(), prefix, Sm3.hex(secret), scopes, territory);
		audit.record(AuditEvent.success(by, "APIKEY_ISSUE", "api_key", id).with("scopes", scopes));
		return "jzk_" + prefix + "_" + secret;
	}

	public List<ApiKey> list(Actor by) {
		return keys.list(by.scope());
	}

	public void revoke(Actor by, long id) {
		if (!keys.revoke(by.scope(), id, clock.instant())) {
			throw new NotFoundException("identity.apikey.not-found", id);
		}
		audit.record(AuditEvent.success(by, "APIKEY_REVOKE", "api_key", id));
	}

	/** The key behind a presented value, if it exists, is not revoked and the secret matches. */
	Optional<ApiKey> authenticate(String presented) {
		Matcher m = presented == null ? null : FORMAT.matcher(presented.strip());
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		Optional<ApiKey> key = keys.findByPrefix(m.group(1))
			.filter(k -> !k.revoked())
			.filter(k -> MessageDigest.isEqual(k.secretDigest().getBytes(StandardCharsets.US_ASCII),
					Sm3.hex(m.group(2)).getBytes(StandardCharsets.US_ASCII)));
		key.ifPresent(k -> keys.touch(k.id(), clock.instant()));
		return key;
	}

	private static String random(int length) {
		String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return out.toString();
	}
}
