package cn.jiazheng.credit.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.jiazheng.credit.platform.SqlText;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.record.Direction;
import cn.jiazheng.credit.record.RecordFact;
import cn.jiazheng.credit.record.RecordFacts;
import cn.jiazheng.credit.record.Severity;
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
	public List<RecordFact> of(SubjectKind kind, long subjectId, LocalDate asOf) {
		return jdbc.sql("""
				SELECT r.subject_kind, r.subject_id, r.type_code, r.direction, r.severity, r.decision_date, r.publicity_max_end
				FROM record.credit_record r WHERE r.subject_id = :subject AND\s""" + COUNTS + " ORDER BY r.decision_date, r.id")
			.param("subject", subjectId)
			.param("kind", kind.name())
			.param("asOf", asOf)
			.query(JdbcRecordFacts::fact)
			.list();
	}

	@Override
	public void forEach(SubjectKind kind, RegionCode within, LocalDate asOf, Consumer<RecordFact> sink) {
		jdbc.sql("""
				SELECT r.subject_kind, r.subject_id, r.type_code, r.direction, r.severity, r.decision_date, r.publicity_max_end
				FROM record.credit_record r WHERE\s""" + COUNTS + " AND r.region_code LIKE :within ORDER BY r.subject_id")
			.withFetchSize(FETCH)
			.param("kind", kind.name())
			.param("asOf", asOf)
			.param("within", within == null ? "%" : SqlText.startingWith(within.value()))
			.query(rs -> {
				sink.accept(fact(rs, 0));
			});
	}

	@Override
	public void countsByType(SubjectKind kind, RegionCode within, LocalDate asOf, int months, Consumer<TypeCount> sink) {
		jdbc.sql("""
				SELECT r.subject_kind, r.subject_id, r.type_code, r.severity, count(*) AS counted,
				       count(*) FILTER (WHERE r.publicity_max_end IS NOT NULL) AS in_publicity
				FROM record.credit_record r
				WHERE\s""" + COUNTS + """
				 AND r.region_code LIKE :within AND r.decision_date > :since
				GROUP BY r.subject_kind, r.subject_id, r.type_code, r.severity
				ORDER BY r.subject_id""")
			.withFetchSize(FETCH)
			.param("kind", kind.name())
			.param("asOf", asOf)
			.param("since", asOf.minusMonths(months))
			.param("within", within == null ? "%" : SqlText.startingWith(within.value()))
			.query(rs -> {
				sink.accept(new TypeCount(SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
						rs.getString("type_code"), Severity.valueOf(rs.getString("severity")), rs.getInt("counted"),
						rs.getInt("in_publicity")));
			});
	}

	private static RecordFact fact(ResultSet rs, int row) throws SQLException {
		return new RecordFact(SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				rs.getString("type_code"), Direction.valueOf(rs.getString("direction")), Severity.valueOf(rs.getString("severity")),
				rs.getObject("decision_date", LocalDate.class), rs.getObject("publicity_max_end", LocalDate.class));
	}
}
