package cn.jiazheng.credit.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Consumer;

import cn.jiazheng.credit.platform.SqlText;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.record.RecordFacts;
import cn.jiazheng.credit.record.RecordFacts.SubjectTally;
import cn.jiazheng.credit.record.RecordFacts.Tally;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rating engine's read. Every query stays on the partial index of ACTIVE records
 * ({@code credit_record_counting_idx}), which carries every column read here, so a territory's records
 * come out of an index-only scan in subject order.
 */
@Service
@Transactional(readOnly = true)
@Unscoped("the rating engine rates whole territories and single subjects as the platform, not as a person")
class JdbcRecordFacts implements RecordFacts {

	/** Counts on the day: active, decided by then, publicity (if any) not ended. */
	private static final String COUNTS = """
			r.state = 'ACTIVE' AND r.subject_kind = :kind AND r.decision_date <= :asOf
			AND (r.publicity_max_end IS NULL OR r.publicity_max_end >= :asOf)""";

	private static final int FETCH = 10_000;

	private final JdbcClient jdbc;

	JdbcRecordFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void tally(SubjectKind kind, RegionCode within, LocalDate asOf, long afterId, List<Tally> tallies,
			Consumer<SubjectTally> sink) {
		Counting counting = new Counting(tallies, asOf);
		// Only the types asked for leave the index scan: inspections and trainings, the commonest records,
		// are not aggregated when no tally needs them.
		jdbc.sql("SELECT r.subject_id, " + counting.columns() + " FROM record.credit_record r WHERE " + COUNTS + """
				 AND r.region_code LIKE :within AND r.subject_id > :after AND r.type_code IN (:anyType)
				GROUP BY r.subject_id ORDER BY r.subject_id""")
			.withFetchSize(FETCH)
			.params(counting.parameters(kind))
			.param("within", within == null ? "%" : SqlText.startingWith(within.value()))
			.param("after", afterId)
			.query(rs -> {
				sink.accept(new SubjectTally(rs.getLong(1), counting.read(rs, 2)));
			});
	}

	@Override
	public int[] tally(SubjectKind kind, long subjectId, LocalDate asOf, List<Tally> tallies, Long excluding) {
		Counting counting = new Counting(tallies, asOf);
		Map<String, Object> parameters = counting.parameters(kind);
		parameters.put("subject", subjectId);
		parameters.put("excluding", excluding == null ? 0L : excluding);
		return jdbc.sql("SELECT " + counting.columns() + " FROM record.credit_record r WHERE " + COUNTS
				+ " AND r.subject_id = :subject AND r.id <> :excluding")
			.params(parameters)
			.query((rs, row) -> counting.read(rs, 1))
			.single();
	}

	/**
	 * The tallies as SQL: one {@code count(*) FILTER} per tally. Being in publicity on the day needs no
	 * more than a publicity end, since {@link #COUNTS} has already kept only records decided by the day
	 * whose publicity has not ended.
	 */
	private static final class Counting {

		private final List<Tally> tallies;

		private final LocalDate asOf;

		Counting(List<Tally> tallies, LocalDate asOf) {
			if (tallies.isEmpty()) {
				throw new IllegalArgumentException("nothing to tally");
			}
			this.tallies = tallies;
			this.asOf = asOf;
		}

		String columns() {
			StringJoiner columns = new StringJoiner(", ");
			for (int i = 0; i < tallies.size(); i++) {
				Tally t = tallies.get(i);
				columns.add("count(*) FILTER (WHERE r.type_code IN (:types" + i + ")"
						+ (t.inPublicity() ? " AND r.publicity_max_end IS NOT NULL" : "")
						+ (t.months() == null ? "" : " AND r.decision_date > :after" + i) + ")");
			}
			return columns.toString();
		}

		Map<String, Object> parameters(SubjectKind kind) {
			Map<String, Object> parameters = new HashMap<>();
			Set<String> any = new TreeSet<>();
			for (int i = 0; i < tallies.size(); i++) {
				Tally t = tallies.get(i);
				parameters.put("types" + i, List.copyOf(new TreeSet<>(t.typeCodes())));
				if (t.months() != null) {
					parameters.put("after" + i, t.decidedAfter(asOf));
				}
				any.addAll(t.typeCodes());
			}
			parameters.put("anyType", List.copyOf(any));
			parameters.put("kind", kind.name());
			parameters.put("asOf", asOf);
			return parameters;
		}

		int[] read(ResultSet rs, int first) throws SQLException {
			int[] counts = new int[tallies.size()];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = rs.getInt(first + i);
			}
			return counts;
		}
	}
}
