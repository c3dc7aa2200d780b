package cn.jiazheng.credit.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.FreshResidentIds;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MLPS 2.0 level 3, 剩余信息保护 (GB/T 22239-2019 8.1.4.10 b): an import that is discarded leaves none of
 * its staged personal data behind. Checked through the public {@link Imports} API only, so that the test
 * does not depend on where the staging tables live.
 */
@PlatformTest
class ImportResidueTest {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	Imports imports;

	@Autowired
	DemoData demo;

	@Autowired
	MatrixFixtures fixtures;

	@Test
	void aDiscardedImportKeepsNoStagedRows() throws Exception {
		fixtures.prepare();
		DemoData.Cast cast = demo.seedCast();
		Actor qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		ResidentId person = FreshResidentIds.of("610113", Gender.FEMALE);
		ImportBatch batch = upload(qiye, "姓名,公民身份号码,手机号码\n柳青," + person.value() + ",13912340001\n");
		assertThat(imports.rows(qiye, batch.id(), false, 0, 10)).as("staged before the choice").hasSize(1);

		assertThat(imports.discard(qiye, batch.id()).state()).isEqualTo(ImportState.DISCARDED);
		assertThat(imports.rows(qiye, batch.id(), false, 0, 10)).as("nothing staged remains").isEmpty();
		assertThat(imports.get(qiye, batch.id()).totalRows()).as("the batch itself stays, as a record that it happened")
			.isEqualTo(1);
		assertThatThrownBy(() -> imports.apply(qiye, batch.id(), ZH)).isInstanceOf(ConflictException.class);
	}

	private ImportBatch upload(Actor by, String content) throws Exception {
		Path file = Files.createTempFile("import-residue-", ".csv");
		try {
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return imports.upload(by, "WORKER", "服务员.csv", file, ZH);
		}
		finally {
			Files.delete(file);
		}
	}
}
