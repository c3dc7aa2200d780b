package cn.jiazheng.credit.rating.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.rating.Band;
import cn.jiazheng.credit.rating.Breaker;
import cn.jiazheng.credit.rating.Dimension;
import cn.jiazheng.credit.rating.Feature;
import cn.jiazheng.credit.rating.FeatureKind;
import cn.jiazheng.credit.rating.Indicator;
import cn.jiazheng.credit.rating.InvalidModelException;
import cn.jiazheng.credit.rating.ModelProblem;
import cn.jiazheng.credit.rating.ScoringModel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a model file into a {@link ScoringModel}, collecting every problem with its line rather than
 * stopping at the first, so that a regulator fixes a file in one pass. The structure is read from
 * SnakeYAML's node tree, which knows where each value stands; expressions are checked afterwards by
 * {@link CompiledModel}, which reports at the expression's line.
 */
final class ModelReader {

	private static final int MAX_CHARS = 200_000;

	private final List<ModelProblem> problems = new ArrayList<>();

	/** Where each expression was written, for the compiler's messages: "indicator:id", "breaker:id". */
	private final Map<String, Integer> lines = new LinkedHashMap<>();

	static Parsed read(String text) {
		ModelReader reader = new ModelReader();
		ScoringModel model = reader.parse(text);
		if (!reader.problems.isEmpty()) {
			throw new InvalidModelException(reader.problems);
		}
		return new Parsed(model, Map.copyOf(reader.lines));
	}

	record Parsed(ScoringModel model, Map<String, Integer> lines) {
	}

	private ScoringModel parse(String text) {
		if (text == null || text.isBlank()) {
			problems.add(ModelProblem.at(0, "rating.model.empty"));
			return null;
		}
		if (text.length() > MAX_CHARS) {
			problems.add(ModelProblem.at(0, "rating.model.too-large", MAX_CHARS));
			return null;
		}
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			root = new Yaml(options).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			problems.add(ModelProblem.at(ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1, "rating.model.syntax",
					ex.getProblem()));
			return null;
		}
		catch (RuntimeException ex) {
			problems.add(ModelProblem.at(0, "rating.model.syntax", ex.getMessage()));
			return null;
		}
		if (!(root instanceof MappingNode top)) {
			problems.add(ModelProblem.at(root == null ? 0 : line(root), "rating.model.not-a-mapping", "/"));
			return null;
		}
		Map<String, Node> fields = fields(top, Set.of("id", "version", "name", "subject", "scale", "features", "dimensions", "breakers", "bands"));
		String id = text(fields, top, "id", true);
		if (id != null && !id.matches("[a-z0-9][a-z0-9-]{1,60}")) {
			problems.add(ModelProblem.at(line(fields.get("id")), "rating.model.id-invalid", id));
		}
		Integer version = integer(fields, top, "version", true);
		if (version != null && version < 1) {
			problems.add(ModelProblem.at(line(fields.get("version")), "rating.model.version-invalid", version));
		}
		String name = text(fields, top, "name", true);
		FileKind subject = enumValue(fields, top, "subject", FileKind.class);
		int[] scale = scale(fields, top);
		Map<String, Feature> features = features(fields.get("features"), top);
		List<Dimension> dimensions = dimensions(fields.get("dimensions"), top);
		List<Band> bands = bands(fields.get("bands"), top);
		List<Breaker> breakers = breakers(fields.get("breakers"), bands);
		if (scale != null && !dimensions.isEmpty()) {
			int total = dimensions.stream().mapToInt(Dimension::max).sum();
			if (total != scale[1] - scale[0]) {
				problems.add(ModelProblem.at(line(fields.get("dimensions")), "rating.model.maxima-sum", total, scale[1] - scale[0]));
			}
		}
		if (scale != null && !bands.isEmpty()) {
			checkCoverage(bands, scale, line(fields.get("bands")));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new ScoringModel(id, version, name, subject, scale[0], scale[1], features, dimensions, breakers, bands);
	}

	private Map<String, Feature> features(Node node, Node parent) {
		Map<String, Feature> features = new LinkedHashMap<>();
		if (node == null) {
			problems.add(ModelProblem.at(line(parent), "rating.model.missing", "features"));
			return features;
		}
		if (!(node instanceof MappingNode mapping)) {
			problems.add(ModelProblem.at(line(node), "rating.model.not-a-mapping", "features"));
			return features;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String name = scalar(tuple.getKeyNode());
			if (name == null || !name.matches("[a-z][A-Za-z0-9]{0,40}")) {
				problems.add(ModelProblem.at(line(tuple.getKeyNode()), "rating.model.feature-name", String.valueOf(name)));
				continue;
			}
			if (!(tuple.getValueNode() instanceof MappingNode spec)) {
				problems.add(ModelProblem.at(line(tuple.getValueNode()), "rating.model.not-a-mapping", name));
				continue;
			}
			Map<String, Node> f = fields(spec, Set.of("kind", "types", "months", "inPublicity", "condition"));
			FeatureKind kind = enumValue(f, spec, "kind", FeatureKind.class);
			List<String> types = texts(f.get("types"));
			Integer months = integer(f, spec, "months", false);
			boolean inPublicity = Boolean.parseBoolean(String.valueOf(scalar(f.get("inPublicity"))));
			String condition = text(f, spec, "condition", false);
			if (kind == FeatureKind.RECORD_COUNT || kind == FeatureKind.RECORD_EXISTS) {
				if (types.isEmpty()) {
					problems.add(ModelProblem.at(line(spec), "rating.model.feature-types", name));
				}
				if (months == null && !inPublicity) {
					problems.add(ModelProblem.at(line(spec), "rating.model.feature-window", name));
				}
			}
			if (months != null && (months < 1 || months > 120)) {
				problems.add(ModelProblem.at(line(f.get("months")), "rating.model.feature-months", months));
			}
			if (kind == FeatureKind.WORKER_SHARE && (condition == null || !Set.of("QUALIFIED", "HEALTH_VALID", "BACKGROUND_CLEAR", "TRAINED").contains(condition))) {
				problems.add(ModelProblem.at(line(spec), "rating.model.feature-condition", name, String.valueOf(condition)));
			}
			features.put(name, new Feature(name, kind, types, months, inPublicity, condition));
		}
		return features;
	}

	private List<Dimension> dimensions(Node node, Node parent) {
		List<Dimension> dimensions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (MappingNode item : items(node, parent, "dimensions")) {
			Map<String, Node> d = fields(item, Set.of("id", "name", "indicators"));
			String id = text(d, item, "id", true);
			String name = text(d, item, "name", true);
			List<Indicator> indicators = new ArrayList<>();
			for (MappingNode entry : items(d.get("indicators"), item, "indicators")) {
				Map<String, Node> i = fields(entry, Set.of("id", "name", "max", "points"));
				String indicatorId = text(i, entry, "id", true);
				String indicatorName = text(i, entry, "name", true);
				Integer max = integer(i, entry, "max", true);
				String points = text(i, entry, "points", true);
				if (max != null && max < 1) {
					problems.add(ModelProblem.at(line(i.get("max")), "rating.model.max-invalid", max));
				}
				if (indicatorId != null && !ids.add("indicator:" + indicatorId)) {
					problems.add(ModelProblem.at(line(entry), "rating.model.duplicate-id", indicatorId));
				}
				if (indicatorId != null && points != null) {
					lines.put("indicator:" + indicatorId, line(i.get("points")));
				}
				indicators.add(new Indicator(indicatorId, indicatorName, max == null ? 0 : max, points));
			}
			if (id != null && !ids.add("dimension:" + id)) {
				problems.add(ModelProblem.at(line(item), "rating.model.duplicate-id", id));
			}
			dimensions.add(new Dimension(id, name, indicators));
		}
		return dimensions;
	}

	private List<Band> bands(Node node, Node parent) {
		List<Band> bands = new ArrayList<>();
		Set<String> grades = new HashSet<>();
		for (MappingNode item : items(node, parent, "bands")) {
			Map<String, Node> b = fields(item, Set.of("grade", "from", "to", "label", "risk"));
			String grade = text(b, item, "grade", true);
			Integer from = integer(b, item, "from", true);
			Integer to = integer(b, item, "to", true);
			String label = text(b, item, "label", true);
			String risk = text(b, item, "risk", false);
			if (grade != null && !grades.add(grade)) {
				problems.add(ModelProblem.at(line(item), "rating.model.duplicate-id", grade));
			}
			if (from != null && to != null && from > to) {
				problems.add(ModelProblem.at(line(item), "rating.model.band-reversed", grade, from, to));
			}
			if (grade != null && from != null && to != null) {
				lines.put("band:" + grade, line(item));
				bands.add(new Band(grade, from, to, label, risk));
			}
		}
		// Best grade first: the order the file lists them in must agree with their scores.
		List<Band> sorted = new ArrayList<>(bands);
		sorted.sort((a, b) -> Integer.compare(b.from(), a.from()));
		return sorted;
	}

	private List<Breaker> breakers(Node node, List<Band> bands) {
		List<Breaker> breakers = new ArrayList<>();
		if (node == null) {
			return breakers;
		}
		Set<String> grades = new HashSet<>();
		bands.forEach(b -> grades.add(b.grade()));
		Set<String> ids = new HashSet<>();
		for (MappingNode item : items(node, null, "breakers")) {
			Map<String, Node> b = fields(item, Set.of("id", "when", "grade", "cap", "notRated", "reason"));
			String id = text(b, item, "id", true);
			String when = text(b, item, "when", true);
			String grade = text(b, item, "grade", false);
			String cap = text(b, item, "cap", false);
			boolean notRated = Boolean.parseBoolean(String.valueOf(scalar(b.get("notRated"))));
			String reason = text(b, item, "reason", true);
			int outcomes = (grade == null ? 0 : 1) + (cap == null ? 0 : 1) + (notRated ? 1 : 0);
			if (outcomes != 1) {
				problems.add(ModelProblem.at(line(item), "rating.model.breaker-outcome", String.valueOf(id)));
			}
			for (String g : new String[] { grade, cap }) {
				if (g != null && !grades.contains(g)) {
					problems.add(ModelProblem.at(line(item), "rating.model.breaker-grade", String.valueOf(id), g));
				}
			}
			if (id != null && !ids.add(id)) {
				problems.add(ModelProblem.at(line(item), "rating.model.duplicate-id", id));
			}
			if (id != null && when != null) {
				lines.put("breaker:" + id, line(b.get("when")));
			}
			breakers.add(new Breaker(id, when, grade, cap, notRated, reason));
		}
		return breakers;
	}

	/** The bands, best first, must tile the scale: no gap, no overlap, from its lowest to its highest score. */
	private void checkCoverage(List<Band> bestFirst, int[] scale, int line) {
		List<Band> ascending = new ArrayList<>(bestFirst);
		java.util.Collections.reverse(ascending);
		int expected = scale[0];
		for (Band band : ascending) {
			if (band.from() > expected) {
				problems.add(ModelProblem.at(lines.getOrDefault("band:" + band.grade(), line), "rating.model.band-gap", expected, band.from() - 1));
			}
			else if (band.from() < expected) {
				problems.add(ModelProblem.at(lines.getOrDefault("band:" + band.grade(), line), "rating.model.band-overlap", band.grade(), band.from(),
						expected - 1));
			}
			expected = Math.max(expected, band.to() + 1);
		}
		if (expected - 1 != scale[1]) {
			problems.add(ModelProblem.at(line, "rating.model.band-end", expected - 1, scale[1]));
		}
	}

	private int[] scale(Map<String, Node> fields, Node parent) {
		Node node = fields.get("scale");
		if (node == null) {
			problems.add(ModelProblem.at(line(parent), "rating.model.missing", "scale"));
			return null;
		}
		List<String> ends = texts(node);
		if (ends.size() != 2 || !ends.get(0).matches("\\d{1,6}") || !ends.get(1).matches("\\d{1,6}")
				|| Integer.parseInt(ends.get(0)) >= Integer.parseInt(ends.get(1))) {
			problems.add(ModelProblem.at(line(node), "rating.model.scale-invalid"));
			return null;
		}
		return new int[] { Integer.parseInt(ends.get(0)), Integer.parseInt(ends.get(1)) };
	}

	private List<MappingNode> items(Node node, Node parent, String name) {
		List<MappingNode> items = new ArrayList<>();
		if (node == null) {
			if (parent != null) {
				problems.add(ModelProblem.at(line(parent), "rating.model.missing", name));
			}
			return items;
		}
		if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
			problems.add(ModelProblem.at(line(node), "rating.model.not-a-list", name));
			return items;
		}
		for (Node item : sequence.getValue()) {
			if (item instanceof MappingNode mapping) {
				items.add(mapping);
			}
			else {
				problems.add(ModelProblem.at(line(item), "rating.model.not-a-mapping", name));
			}
		}
		return items;
	}

	/** The mapping's entries by key; unknown keys are problems (a typo must not be silently ignored). */
	private Map<String, Node> fields(MappingNode mapping, Set<String> known) {
		Map<String, Node> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (key == null || !known.contains(key)) {
				problems.add(ModelProblem.at(line(tuple.getKeyNode()), "rating.model.unknown-key", String.valueOf(key), String.join(", ", known)));
				continue;
			}
			fields.put(key, tuple.getValueNode());
		}
		return fields;
	}

	private String text(Map<String, Node> fields, Node parent, String key, boolean required) {
		Node node = fields.get(key);
		String value = scalar(node);
		if ((value == null || value.isBlank()) && required) {
			problems.add(ModelProblem.at(line(node == null ? parent : node), "rating.model.missing", key));
			return null;
		}
		if (node != null && !(node instanceof ScalarNode)) {
			problems.add(ModelProblem.at(line(node), "rating.model.not-a-value", key));
			return null;
		}
		return value == null || value.isBlank() ? null : value.strip();
	}

	private Integer integer(Map<String, Node> fields, Node parent, String key, boolean required) {
		String value = text(fields, parent, key, required);
		if (value == null) {
			return null;
		}
		if (!value.matches("-?\\d{1,9}")) {
			problems.add(ModelProblem.at(line(fields.get(key)), "rating.model.not-an-integer", key, value));
			return null;
		}
		return Integer.parseInt(value);
	}

	private <E extends Enum<E>> E enumValue(Map<String, Node> fields, Node parent, String key, Class<E> type) {
		String value = text(fields, parent, key, true);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
			problems.add(ModelProblem.at(line(fields.get(key)), "rating.model.not-one-of", key, value, String.join(", ", allowed)));
			return null;
		}
	}

	private static List<String> texts(Node node) {
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue().stream().map(ModelReader::scalar).filter(java.util.Objects::nonNull).toList();
		}
		String single = scalar(node);
		return single == null ? List.of() : List.of(single);
	}

	private static String scalar(Node node) {
		return node instanceof ScalarNode scalar ? scalar.getValue() : null;
	}

	private static int line(Node node) {
		return node == null ? 0 : node.getStartMark().getLine() + 1;
	}
}
