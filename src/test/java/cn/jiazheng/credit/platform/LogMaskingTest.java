package cn.jiazheng.credit.platform;

import cn.jiazheng.credit.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A log line never carries a whole ID number or mobile number, whatever the code logs. */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

	private static final Logger log = LoggerFactory.getLogger(LogMaskingTest.class);

	@Test
	void idAndMobileNumbersAreMaskedInTheLog(CapturedOutput output) {
		log.info("核验 {} 的手机 {}", "61011319900307771X", "13912345678");
		assertThat(output.getOut()).contains("核验").contains("6101************1X").contains("139****5678");
		assertThat(output.getOut()).doesNotContain("61011319900307771X").doesNotContain("13912345678");
	}
}
