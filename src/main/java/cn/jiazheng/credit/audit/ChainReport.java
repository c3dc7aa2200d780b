package cn.jiazheng.credit.audit;

import java.time.Instant;

/**
 * 审计链核验结果: the outcome of walking the whole audit chain and recomputing every hash.
 *
 * @param intact whether every entry from the first to the head was found in order, linked to its
 *     predecessor and unchanged
 * @param entriesChecked how many entries were confirmed intact before the walk ended (all of them when
 *     intact, those before the first break otherwise)
 * @param headSequence the last sequence number the walk covered, {@code null} for an empty trail
 * @param firstBrokenSequence the sequence number of the first broken link, {@code null} when intact:
 *     for {@link BreakReason#MISSING} the first sequence number that is absent
 * @param foundSequence the sequence number of the entry at which the break was seen (the entry after
 *     the gap for {@link BreakReason#MISSING}; else the same as {@code firstBrokenSequence})
 * @param reason why the chain is broken there, {@code null} when intact
 * @param detail a technical explanation for operators (hashes, numbers), not meant for end users
 * @param checkedAt when the walk began
 */
public record ChainReport(boolean intact, long entriesChecked, Long headSequence, Long firstBrokenSequence,
		Long foundSequence, BreakReason reason, String detail, Instant checkedAt) {

	/** Why a link of the chain is broken. */
	public enum BreakReason {
		/** The entry's content or hash no longer matches: it was changed after it was written. */
		ALTERED,
		/** A sequence number is missing: entries were deleted. */
		MISSING,
		/**
		 * The entry does not point to its predecessor's hash: an entry was inserted, replaced or its
		 * predecessor rewritten with a recomputed hash.
		 */
		RELINKED
	}

	public static ChainReport intact(long entriesChecked, Long headSequence, Instant checkedAt) {
		return new ChainReport(true, entriesChecked, headSequence, null, null, null, null, checkedAt);
	}

	public static ChainReport broken(long entriesChecked, Long headSequence, long firstBrokenSequence,
			long foundSequence, BreakReason reason, String detail, Instant checkedAt) {
		return new ChainReport(false, entriesChecked, headSequence, firstBrokenSequence, foundSequence, reason,
				detail, checkedAt);
	}
}
