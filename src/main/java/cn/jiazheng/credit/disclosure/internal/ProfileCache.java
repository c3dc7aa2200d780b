package cn.jiazheng.credit.disclosure.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.jiazheng.credit.disclosure.PublicProfile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Public profiles kept in memory, because a province looks up far more often than its records and grades
 * change. It is only right while every change reaches it, so it serves nothing unless {@link #open}ed
 * (by {@link ProfileInvalidations}, while it is listening for changes), and a profile read before a change
 * is never kept after it: {@link #generation()} is taken before reading the database, and {@link #put}
 * refuses a profile if anything was dropped in between. A profile also ends with its day (records leave
 * publicity at midnight) and after {@code maxAge} (catalogue names: record types, counties).
 */
@Component
final class ProfileCache {

	/** The language is part of the key: record-type and county names come in two. */
	record Key(String creditCode, boolean english) {
	}

	private record Entry(long enterpriseId, PublicProfile profile, Instant until) {
	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Map<Long, String> codes = new ConcurrentHashMap<>();

	private final int capacity;

	private final Duration maxAge;

	private long generation;

	private volatile boolean open;

	ProfileCache(@Value("${jiazheng.disclosure.profile-cache-size:100000}") int capacity,
			@Value("${jiazheng.disclosure.profile-max-age:PT10M}") Duration maxAge) {
		this.capacity = capacity;
		this.maxAge = maxAge;
	}

	Optional<PublicProfile> get(Key key, LocalDate today, Instant now) {
		if (!open) {
			return Optional.empty();
		}
		Entry entry = entries.get(key);
		if (entry == null || !entry.profile().asOf().equals(today) || now.isAfter(entry.until())) {
			return Optional.empty();
		}
		return Optional.of(entry.profile());
	}

	synchronized long generation() {
		return generation;
	}

	/** Keeps a profile read from the database, unless something was dropped since {@code readAt}. */
	synchronized void put(Key key, long enterpriseId, PublicProfile profile, long readAt, Instant now) {
		if (!open || capacity <= 0 || readAt != generation) {
			return;
		}
		if (entries.size() >= capacity) {
			makeRoom();
		}
		entries.put(key, new Entry(enterpriseId, profile, now.plus(maxAge)));
		codes.put(enterpriseId, key.creditCode());
	}

	/** An eighth of the entries, in the map's own order: cheap, and fair enough for lookups spread over a province. */
	private void makeRoom() {
		int drop = Math.max(1, capacity / 8);
		Iterator<Entry> it = entries.values().iterator();
		while (drop-- > 0 && it.hasNext()) {
			codes.remove(it.next().enterpriseId());
			it.remove();
		}
	}

	synchronized void drop(long enterpriseId) {
		generation++;
		String code = codes.remove(enterpriseId);
		if (code != null) {
			entries.remove(new Key(code, false));
			entries.remove(new Key(code, true));
		}
	}

	synchronized void dropAll() {
		generation++;
		entries.clear();
		codes.clear();
	}

	/** From now on every change is heard of: serve and keep profiles. Whatever was kept before is dropped. */
	synchronized void open() {
		dropAll();
		open = true;
	}

	/** Changes may go unheard (the listening connection is gone): serve nothing until {@link #open} again. */
	synchronized void close() {
		open = false;
		dropAll();
	}

	boolean isOpen() {
		return open;
	}

	int size() {
		return entries.size();
	}
}
