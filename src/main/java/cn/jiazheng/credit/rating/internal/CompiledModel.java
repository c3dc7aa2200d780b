package cn.jiazheng.credit.rating.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.rating.Band;
import cn.jiazheng.credit.rating.Breaker;
import cn.jiazheng.credit.rating.Dimension;
import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.Feature;
import cn.jiazheng.credit.rating.Indicator;
import cn.jiazheng.credit.rating.InvalidModelException;
import cn.jiazheng.credit.rating.ModelProblem;
import cn.jiazheng.credit.rating.ScoringModel;
import cn.jiazheng.credit.record.RecordFacts.Tally;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

/**
 * A model whose every expression has been type-checked against its features and compiled once;
 * evaluating a subject is then a handful of {@link Expression} calls over a map of feature values.
 * Thread-safe: CEL programs hold no state between evaluations, and what expressions keep is concurrent.
 */
final class CompiledModel {

	private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

	private final ScoringModel model;

	private final Map<String, Expression> points = new LinkedHashMap<>();

	private final Map<String, Expression> conditions = new LinkedHashMap<>();

	private final List<Tally> tallies;

	private CompiledModel(ScoringModel model) {
		this.model = model;
		this.tallies = List.copyOf(Features.tallies(model));
	}

	/** Reads and checks a model file: nothing comes back unless every part of it is sound. */
	static CompiledModel of(String text) {
		ModelReader.Parsed parsed = ModelReader.read(text);
		ScoringModel model = parsed.model();
		CelCompiler compiler = compiler(model);
		CompiledModel compiled = new CompiledModel(model);
		List<ModelProblem> problems = new ArrayList<>();
		for (Dimension dimension : model.dimensions()) {
			for (Indicator indicator : dimension.indicators()) {
				int line = parsed.lines().getOrDefault("indicator:" + indicator.id(), 0);
				compile(compiler, model, indicator.points(), "indicator " + indicator.id(), line, true, problems)
					.ifPresent(p -> compiled.points.put(indicator.id(), p));
			}
		}
		for (Breaker breaker : model.breakers()) {
			int line = parsed.lines().getOrDefault("breaker:" + breaker.id(), 0);
			compile(compiler, model, breaker.when(), "breaker " + breaker.id(), line, false, problems)
				.ifPresent(p -> compiled.conditions.put(breaker.id(), p));
		}
		if (!problems.isEmpty()) {
			throw new InvalidModelException(problems);
		}
		return compiled;
	}

	ScoringModel model() {
		return model;
	}

	Expression indicator(String id) {
		return points.get(id);
	}

	Expression breaker(String id) {
		return conditions.get(id);
	}

	/** What the model's record features ask of the records, in the order {@link Features} reads the counts. */
	List<Tally> tallies() {
		return tallies;
	}

	/**
	 * Scores one subject: each indicator's points held within [0, max], the sum rounded half up, the band
	 * it falls in, then the breakers, of which the harshest wins (不予评定 over a fixed grade over a cap).
	 */
	Evaluation evaluate(Map<String, Object> features) {
		Map<String, Double> indicatorPoints = new LinkedHashMap<>();
		Map<String, Double> dimensionPoints = new LinkedHashMap<>();
		double total = 0;
		for (Dimension dimension : model.dimensions()) {
			double sum = 0;
			for (Indicator indicator : dimension.indicators()) {
				double value = Math.max(0, Math.min(indicator.max(), number(points.get(indicator.id()).evaluate(features))));
				indicatorPoints.put(indicator.id(), value);
				sum += value;
			}
			dimensionPoints.put(dimension.id(), sum);
			total += sum;
		}
		int score = (int) Math.max(model.scaleMin(), Math.min(model.scaleMax(), Math.floor(model.scaleMin() + total + 0.5)));
		Band band = model.band(score);
		List<Evaluation.FiredBreaker> fired = new ArrayList<>(0);
		boolean notRated = false;
		int fixed = -1;
		int cap = -1;
		for (Breaker breaker : model.breakers()) {
			if (Boolean.TRUE.equals(conditions.get(breaker.id()).evaluate(features))) {
				fired.add(new Evaluation.FiredBreaker(breaker.id(), breaker.reason(), breaker.grade(), breaker.cap(), breaker.notRated()));
				notRated |= breaker.notRated();
				if (breaker.grade() != null) {
					fixed = Math.max(fixed, model.rank(breaker.grade()));
				}
				if (breaker.cap() != null) {
					cap = Math.max(cap, model.rank(breaker.cap()));
				}
			}
		}
		// A fixed grade replaces the band's grade; a cap only bounds it; of several, the harshest wins.
		int rank = Math.max(fixed >= 0 ? fixed : model.rank(band.grade()), cap);
		String grade = notRated ? null : model.bands().get(rank).grade();
		return new Evaluation(model.id(), model.version(), features, score, band, grade, indicatorPoints, dimensionPoints, fired);
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

	private static Optional<Expression> compile(CelCompiler compiler, ScoringModel model, String expression, String what, int line,
			boolean numeric, List<ModelProblem> problems) {
		CelValidationResult result = compiler.compile(expression);
		if (result.hasError()) {
			for (CelIssue issue : result.getErrors()) {
				int at = line + Math.max(0, issue.getSourceLocation().getLine() - 1);
				problems.add(ModelProblem.at(at, "rating.model.expression", expression, issue.getMessage()));
			}
			return Optional.empty();
		}
		try {
			CelAbstractSyntaxTree ast = result.getAst();
			CelType type = ast.getResultType();
			boolean ok = numeric ? type.equals(SimpleType.INT) || type.equals(SimpleType.DOUBLE) : type.equals(SimpleType.BOOL);
			if (!ok) {
				problems.add(ModelProblem.at(line, numeric ? "rating.model.expression-not-number" : "rating.model.expression-not-bool",
						expression, type.name()));
				return Optional.empty();
			}
			return Optional.of(Expression.of(RUNTIME.createProgram(ast), ast, model.features().keySet(), what));
		}
		catch (CelValidationException | CelEvaluationException ex) {
			problems.add(ModelProblem.at(line, "rating.model.expression", expression, ex.getMessage()));
			return Optional.empty();
		}
	}

	private static CelCompiler compiler(ScoringModel model) {
		var builder = CelCompilerFactory.standardCelCompilerBuilder();
		for (Feature feature : model.features().values()) {
			builder.addVar(feature.name(), switch (feature.kind().type()) {
				case INT -> SimpleType.INT;
				case DOUBLE -> SimpleType.DOUBLE;
				case BOOL -> SimpleType.BOOL;
			});
		}
		return builder.build();
	}
}
