package cn.jiazheng.credit;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module walls hold, and the module documentation under docs/modules is regenerated. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CreditPlatformApplication.class);

	@Test
	void modulesRespectTheirWalls() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
