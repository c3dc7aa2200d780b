package cn.jiazheng.credit.rating;

import java.util.List;

/**
 * One thing wrong with a model file, where it is: the line (1-based, 0 when the problem is the whole
 * file) and a message key with its arguments, so that it reads in the regulator's language.
 */
public record ModelProblem(int line, String messageKey, List<Object> arguments) {

	public ModelProblem {
		arguments = List.copyOf(arguments);
	}

	public static ModelProblem at(int line, String messageKey, Object... arguments) {
		return new ModelProblem(line, messageKey, List.of(arguments));
	}
}
