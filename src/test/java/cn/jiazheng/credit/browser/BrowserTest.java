package cn.jiazheng.credit.browser;

import cn.jiazheng.credit.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform on a real port with the demo cast, and one headless Chromium per test class. All
 * browser tests share this configuration, so Spring starts one server for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	ChromeDriver browser;

	@BeforeAll
	void start() throws Exception {
		demo.seedCast();
		browser = Browser.start();
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}
}
