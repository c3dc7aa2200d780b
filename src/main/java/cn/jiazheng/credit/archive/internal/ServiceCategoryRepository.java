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

	public List<ServiceCategory> active() {
		return jdbc.sql("SELECT code, name_zh, name_en FROM archive.service_category WHERE active ORDER BY sort, code")
			.query((rs, row) -> new ServiceCategory(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
			.list();
	}
}
