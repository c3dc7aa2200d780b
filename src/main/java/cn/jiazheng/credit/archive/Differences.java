package cn.jiazheng.credit.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The one rule by which reviewers see what a revision changes: field by field, old text and new text. */
final class Differences {

	private Differences() {
	}

	/** {@code before} is empty for a first revision: then every filled field is a change. */
	static Map<String, List<String>> between(Map<String, Object> before, Map<String, Object> after) {
		Map<String, List<String>> changes = new LinkedHashMap<>();
		after.forEach((field, value) -> {
			Object old = before.get(field);
			if (!Objects.equals(value, old)) {
				List<String> pair = new ArrayList<>();
				pair.add(display(old));
				pair.add(display(value));
				changes.put(field, pair);
			}
		});
		return changes;
	}

	private static String display(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return String.join("、", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}
}
