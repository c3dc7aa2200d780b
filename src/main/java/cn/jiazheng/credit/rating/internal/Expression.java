package cn.jiazheng.credit.rating.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelReference;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

/**
 * One compiled CEL expression of a model, with the features it reads. A CEL expression is a pure function
 * of the variables it reads, and a province's subjects share few combinations of any one expression's
 * features (a training-hours indicator sees a few dozen values among a million workers), so each result is
 * kept by those values and the interpreter runs once per combination, not once per subject. What a
 * subject scores is unchanged: the kept value is the one the interpreter gave for the same inputs.
 */
final class Expression {

	/** Beyond this many combinations (an expression over a continuous value) it simply interprets. */
	private static final int MAX_KEPT = 50_000;

	private final CelRuntime.Program program;

	private final String[] reads;

	private final String what;

	private final Map<List<Object>, Object> kept = new ConcurrentHashMap<>();

	private Expression(CelRuntime.Program program, String[] reads, String what) {
		this.program = program;
		this.reads = reads;
		this.what = what;
	}

	/** The features {@code ast} refers to: the checker resolved each identifier, so the reference map names them all. */
	static Expression of(CelRuntime.Program program, CelAbstractSyntaxTree ast, Set<String> features, String what) {
		String[] reads = ast.getReferenceMap().values().stream()
			.filter(r -> r.overloadIds().isEmpty())
			.map(CelReference::name)
			.filter(features::contains)
			.distinct()
			.sorted()
			.toArray(String[]::new);
		return new Expression(program, reads, what);
	}

	String[] reads() {
		return reads.clone();
	}

	Object evaluate(Map<String, Object> features) {
		Object[] values = new Object[reads.length];
		for (int i = 0; i < reads.length; i++) {
			values[i] = features.get(reads[i]);
		}
		List<Object> key = Arrays.asList(values);
		Object result = kept.get(key);
		if (result == null) {
			result = interpret(features);
			if (kept.size() < MAX_KEPT) {
				kept.put(key, result);
			}
		}
		return result;
	}

	Object interpret(Map<String, Object> features) {
		try {
			return program.eval(name -> Optional.ofNullable(features.get(name)));
		}
		catch (CelEvaluationException ex) {
			// Type-checking rules out most failures; what is left (a division by zero) is the model's fault.
			throw new IllegalStateException("rating expression " + what + " failed: " + ex.getMessage(), ex);
		}
	}
}
