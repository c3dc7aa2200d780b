package cn.jiazheng.credit.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle has the same keys in Chinese and English, every key a template uses exists, and no
 * template carries text of its own (as petclinic's I18nPropertiesSyncTest does).
 */
class I18nTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Letters or CJK characters: text a person would read. Punctuation alone is fine. */
	private static final Pattern READABLE = Pattern.compile("[\\p{L}]");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>|<!--.*?-->", Pattern.DOTALL);

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr");

	private static final Pattern REPLACING = Pattern.compile("\\s(th:text|th:utext|th:replace|th:insert|sec:authentication)\\s*=");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(title|placeholder|alt|aria-label)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern BUTTON_VALUE = Pattern.compile("type=\"(submit|button|reset)\".*\\svalue\\s*=\\s*\"([^\"]*)\"|\\svalue\\s*=\\s*\"([^\"]*)\".*type=\"(submit|button|reset)\"");

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			List<Path> bases = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
			assertThat(bases).isNotEmpty();
			for (Path base : bases) {
				Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle for " + base).exists();
				assertThat(load(english).stringPropertyNames()).as(english.toString())
					.containsExactlyInAnyOrderElementsOf(load(base).stringPropertyNames());
			}
		}
	}

	@Test
	void templatesCarryNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			offences.addAll(hardCodedText(Files.readString(template)).stream().map(t -> template + ": " + t).toList());
		}
		assertThat(offences).isEmpty();
	}

	@Test
	void theCheckCatchesHardCodedText() {
		assertThat(hardCodedText("<p>你好</p>")).containsExactly("你好");
		assertThat(hardCodedText("<p th:text=\"#{a}\">placeholder</p><input placeholder=\"name\">"))
			.containsExactly("placeholder=\"name\"");
		assertThat(hardCodedText("<div th:replace=\"~{x}\"><b>kept out</b></div><span>: </span>")).isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				keys.addAll(load(bundle).stringPropertyNames());
			}
		}
		Pattern used = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = used.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static List<String> hardCodedText(String html) {
		List<String> found = new ArrayList<>();
		String body = html.replaceAll("(?s)<!DOCTYPE[^>]*>|<script.*?</script>|<style.*?</style>|<head>.*?</head>", "");
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher m = TAG.matcher(body);
		int last = 0;
		while (m.find()) {
			String text = body.substring(last, m.start()).strip();
			if (!text.isEmpty() && READABLE.matcher(text).find() && !replaced.contains(true)) {
				found.add(text);
			}
			last = m.end();
			if (m.group(2) == null) {
				continue;
			}
			String name = m.group(2).toLowerCase();
			String attributes = m.group(3);
			if (m.group(1).isEmpty()) {
				Matcher literal = LITERAL_ATTRIBUTE.matcher(attributes);
				while (literal.find()) {
					boolean localised = attributes.contains("th:" + literal.group(1) + "=") || attributes.contains("th:attr=");
					if (!localised && READABLE.matcher(literal.group(2)).find()) {
						found.add(literal.group(1) + "=\"" + literal.group(2) + "\"");
					}
				}
				Matcher button = BUTTON_VALUE.matcher(attributes);
				if (button.find() && !attributes.contains("th:value=")) {
					found.add("value of " + name);
				}
				if (!VOID.contains(name) && m.group(4).isEmpty()) {
					replaced.push(REPLACING.matcher(attributes).find());
				}
			}
			else if (!replaced.isEmpty()) {
				replaced.pop();
			}
		}
		return found;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
