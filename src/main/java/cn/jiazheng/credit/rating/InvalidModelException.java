package cn.jiazheng.credit.rating;

import java.util.List;

import cn.jiazheng.credit.platform.InvalidValueException;

/** A model file that cannot be used; every problem found is listed, and nothing has been stored. */
public class InvalidModelException extends InvalidValueException {

	private final List<ModelProblem> problems;

	public InvalidModelException(List<ModelProblem> problems) {
		super("model", "rating.model.invalid", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<ModelProblem> problems() {
		return problems;
	}
}
