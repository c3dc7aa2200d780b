package cn.jiazheng.credit.rating;

/**
 * 终评结果变更: the final grades the public sees under this model changed, because results were finalised
 * or a version of the model was put in force or retired (only models in force show grades). Published
 * inside the transaction that made the change.
 */
public record FinalGradesChanged(String modelId) {
}
