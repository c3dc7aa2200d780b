package cn.jiazheng.credit.region.internal;

import cn.jiazheng.credit.platform.Unscoped;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The datasets applied so far, newest first, for the administrator's page. */
@Unscoped("the division tree is reference data, the same for everyone")
@Component
public class RegionDatasetHistory {

	public record Entry(String label, String fingerprint, int regionCount, int added, int renamed, int retired,
			int restored, Instant loadedAt, String loadedBy) {

		/** When, on the clock of the people who read it (Beijing time). */
		public String loadedAtText() {
			return LOCAL.format(loadedAt);
		}
	}

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final JdbcClient jdbc;

	RegionDatasetHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> recent(int limit) {
		return jdbc.sql("""
				SELECT label, fingerprint, region_count, added, renamed, retired, restored, loaded_at, loaded_by
				  FROM region.dataset ORDER BY id DESC LIMIT ?
				""")
			.param(limit)
			.query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9)))
			.list();
	}

	/** How many codes are active and how many retired. */
	public int[] counts() {
		return jdbc.sql("SELECT count(*) FILTER (WHERE NOT retired), count(*) FILTER (WHERE retired) FROM region.region")
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}
}
