package cn.jiazheng.credit.record.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.record.Direction;
import cn.jiazheng.credit.record.RecordType;
import cn.jiazheng.credit.record.Severity;
import cn.jiazheng.credit.record.SubjectKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@Unscoped("record types are reference data, the same for everyone")
class RecordTypeRepository {

	private static final String COLUMNS = "code, name_zh, name_en, subject_kinds, direction, severity, active";

	private final JdbcClient jdbc;

	RecordTypeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RecordType> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.record_type ORDER BY sort, code").query(RecordTypeRepository::type).list();
	}

	public Optional<RecordType> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.record_type WHERE code = :c").param("c", code)
			.query(RecordTypeRepository::type).optional();
	}

	public void add(RecordType type) {
		jdbc.sql("""
				INSERT INTO record.record_type (code, name_zh, name_en, subject_kinds, direction, severity, sort)
				VALUES (:code, :zh, :en, string_to_array(:kinds, ','), :direction, :severity,
				        (SELECT COALESCE(max(sort), 0) + 10 FROM record.record_type))""")
			.param("code", type.code())
			.param("zh", type.nameZh())
			.param("en", type.nameEn())
			.param("kinds", String.join(",", type.subjectKinds().stream().sorted().map(Enum::name).toList()))
			.param("direction", type.direction().name())
			.param("severity", type.severity().name())
			.update();
	}

	public boolean setActive(String code, boolean active) {
		return jdbc.sql("UPDATE record.record_type SET active = :a WHERE code = :c").param("a", active).param("c", code)
			.update() == 1;
	}

	private static RecordType type(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("subject_kinds");
		Set<SubjectKind> kinds = EnumSet.noneOf(SubjectKind.class);
		Arrays.stream((String[]) array.getArray()).map(SubjectKind::valueOf).forEach(kinds::add);
		return new RecordType(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), kinds,
				Direction.valueOf(rs.getString("direction")), Severity.valueOf(rs.getString("severity")),
				rs.getBoolean("active"));
	}
}
