package cn.jiazheng.credit.archive.internal;

import java.time.LocalDate;
import java.util.Optional;

import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** archive.background_check: append-only rows whose content is sealed. */
@Repository
class BackgroundCheckRepository {

	private final JdbcClient jdbc;

	BackgroundCheckRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Unscoped("the worker was found within the regulator's scope by the caller")
	public long insert(long workerId, LocalDate checkedOn, LocalDate validUntil, String sealed, String by) {
		return jdbc.sql("""
				INSERT INTO archive.background_check (worker_id, checked_on, valid_until, sealed, recorded_by)
				VALUES (:w, :on, :until, :sealed, :by) RETURNING id""")
			.param("w", workerId)
			.param("on", checkedOn)
			.param("until", validUntil)
			.param("sealed", sealed)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** The sealed content of the newest check: the latest check date wins, then the latest entry. */
	@Unscoped("the worker was found within the reader's reach by the caller")
	public Optional<String> latestSealed(long workerId) {
		return jdbc.sql("SELECT sealed FROM archive.background_check WHERE worker_id = :w ORDER BY checked_on DESC, id DESC LIMIT 1")
			.param("w", workerId)
			.query(String.class)
			.optional();
	}
}
