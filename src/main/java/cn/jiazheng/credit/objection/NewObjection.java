package cn.jiazheng.credit.objection;

/**
 * What the objector states: the target (whose window names the subject), the reason, and a contact person
 * and telephone for the regulator's verification (personal data: stored sealed).
 */
public record NewObjection(TargetKind targetKind, String targetRef, String reason, String contactName,
		String contactPhone) {
}
