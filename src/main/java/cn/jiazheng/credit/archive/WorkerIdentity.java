package cn.jiazheng.credit.archive;

/** The whole identifiers of a worker, for those allowed to see them; every look is audited. */
public record WorkerIdentity(long workerId, String name, ResidentId residentId, MobilePhone phone) {
}
