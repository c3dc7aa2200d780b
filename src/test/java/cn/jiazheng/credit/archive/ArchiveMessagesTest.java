package cn.jiazheng.credit.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.jiazheng.credit.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every rule the value types can break has a message in both languages that shows its arguments. */
class ArchiveMessagesTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	@Test
	void everyKeyTheValueTypesUseIsInBothBundlesAndFormatsItsArguments() throws IOException {
		Properties chinese = load("archive.properties");
		Properties english = load("archive_en.properties");
		Stream<Supplier<Object>> failures = Stream.of(() -> CreditCode.of("9144030019220382"),
				() -> CreditCode.of("91440300I922038216"), () -> CreditCode.of("9144A3001922038216"),
				() -> CreditCode.of("914403001922038229"), () -> CreditCode.of("914403001922038217"),
				() -> ResidentId.of("1101051949"), () -> ResidentId.of("000105194912310024"),
				() -> ResidentId.of("110105190002300019"), () -> ResidentId.of("110105194912310021"),
				() -> MobilePhone.of("12812345678"));
		failures.forEach(failure -> {
			InvalidValueException ex = catchThrowableOfType(failure::get, InvalidValueException.class);
			assertThat(ex).isNotNull();
			for (Properties bundle : new Properties[] { chinese, english }) {
				String pattern = bundle.getProperty(ex.messageKey());
				assertThat(pattern).as(ex.messageKey()).isNotBlank();
				String text = new MessageFormat(pattern, Locale.ROOT).format(ex.arguments());
				for (Object argument : ex.arguments()) {
					assertThat(text).as(ex.messageKey()).contains(String.valueOf(argument));
				}
			}
		});
		for (Gender gender : Gender.values()) {
			assertThat(chinese).containsKey("archive.gender." + gender);
			assertThat(english).containsKey("archive.gender." + gender);
		}
	}

	@Test
	void theBundleIsRegistered() throws IOException {
		assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
			.containsPattern("spring\\.messages\\.basename=.*i18n/archive");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(BUNDLES.resolve(name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
