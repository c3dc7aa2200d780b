package cn.jiazheng.credit.consent;

import java.time.Instant;

/**
 * 授权变更: one grant or revocation of one scope of a worker's consent. Never changed once written;
 * the newest change of a scope is what is in force.
 *
 * @param letterId the letter that stated it, when the source is {@link ConsentSource#LETTER}
 */
public record ConsentChange(long id, long workerId, ConsentScope scope, boolean granted, ConsentSource source,
		Long letterId, String changedBy, Instant changedAt) {
}
