package cn.jiazheng.credit.archive;

import java.util.List;

import cn.jiazheng.credit.identity.Actor;

/**
 * 一人一档, who the worker is: registration by the enterprise that keeps the file, search by name or
 * by 居民身份证号码 (through a blind index: nothing is decrypted to search), masked display, and the
 * whole identifiers only for those allowed, each look written to the audit trail.
 */
public interface Workers {

	/** The enterprise (admin or staff) registers a worker of its own; the ID number is validated (GB 11643). */
	long register(Actor by, String name, String residentId, String phone);

	Worker get(Actor reader, long id);

	/** By exact ID number (any accepted form: 15 digits, lower-case x) or by part of the name, within scope. */
	List<Worker> search(Actor reader, String text, int page, int size);

	/**
	 * The whole ID number and phone: for the regulators of the worker's territory, the platform admin and
	 * the admin of the worker's enterprise; audited as a view of sensitive data.
	 */
	WorkerIdentity reveal(Actor reader, long id);

	/** Links a worker's file to the worker's own account (the platform admin, or demo seeding). */
	void linkAccount(Actor admin, long workerId, long accountId);

	/** The file of the worker who is acting, found by their account; empty when none is linked. */
	java.util.Optional<Worker> own(Actor worker);
}
