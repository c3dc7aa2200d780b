package cn.jiazheng.credit.record;

/**
 * 信用主体 as the entry form shows it, found through the archive within the actor's scope.
 *
 * @param code the credit code of an enterprise, the masked ID number of a worker
 * @param enterpriseId the enterprise itself for an enterprise, the employer for a worker (may be null)
 */
public record Subject(SubjectKind kind, long id, String name, String code, String regionCode, Long enterpriseId) {
}
