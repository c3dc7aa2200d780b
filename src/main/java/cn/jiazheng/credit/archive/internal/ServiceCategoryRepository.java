package cn.jiazheng.credit.archive.internal;

import java.util.List;

import cn.jiazheng.credit.archive.ServiceCategory;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@Unscoped("service categories are reference data, the same for everyone")
class ServiceCategoryRepository {

	private final JdbcClient jdbc;

	ServiceCategoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ServiceCategory> all() {
		return jdbc.sql("SELECT code, name_zh, name_en, active FROM archive.service_category ORDER BY sort, code")
			.query((rs, row) -> new ServiceCategory(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getBoolean("active")))
			.list();
	}

	public boolean exists(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM archive.service_category WHERE code = :c)").param("c", code)
			.query(Boolean.class).single();
	}

	public void add(ServiceCategory category) {
		jdbc.sql("""
				INSERT INTO archive.service_category (code, name_zh, name_en, sort)
				VALUES (:code, :zh, :en, (SELECT COALESCE(max(sort), 0) + 10 FROM archive.service_category))""")
			.param("code", category.code())
			.param("zh", category.nameZh())
			.param("en", category.nameEn())
			.update();
	}

	public boolean setActive(String code, boolean active) {
		return jdbc.sql("UPDATE archive.service_category SET active = :a WHERE code = :c").param("a", active).param("c", code)
			.update() == 1;
	}

	public List<ServiceCategory> active() {
		return all().stream().filter(ServiceCategory::active).toList();
	}
}
