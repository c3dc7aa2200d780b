package cn.jiazheng.credit.archive.internal;

import cn.jiazheng.credit.archive.MobilePhone;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.crypto.BlindIndex;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.stereotype.Component;

/**
 * The one rule for how a worker's identity is stored: the ID number's blind index, the ID number and
 * phone SM4-GCM sealed with that index in the associated data (a ciphertext moved to another row does
 * not decrypt), and their masked forms. Used by the single registration and the spreadsheet import alike.
 */
@Component
class WorkerSealing {

	/** A name is 1 to 30 characters after trimming. */
	static final int NAME_MAX = 30;

	private final FieldCipher cipher;

	private final BlindIndex blindIndex;

	WorkerSealing(FieldCipher cipher, BlindIndex blindIndex) {
		this.cipher = cipher;
		this.blindIndex = blindIndex;
	}

	/** The blind index under which the worker is found and kept unique platform-wide. */
	String index(ResidentId id) {
		return blindIndex.index(WorkerRegistry.ID_INDEX, id.value());
	}

	/** The row for a worker registered by {@code by}'s enterprise, in its county. */
	WorkerRepository.SealedWorker seal(Actor by, String name, ResidentId id, MobilePhone phone) {
		String index = index(id);
		return new WorkerRepository.SealedWorker(index, cipher.encryptText(id.value(), context("resident_id", index)),
				id.masked(), name, id.gender(), phone == null ? null : cipher.encryptText(phone.value(), context("phone", index)),
				phone == null ? null : phone.masked(), by.territory().value(), by.enterpriseId(), by.username());
	}

	/** The name as stored, or a refusal naming {@code field}. */
	static String checkedName(String name, String field) {
		if (name == null || name.isBlank()) {
			throw new InvalidValueException(field, "archive.field.required");
		}
		if (name.strip().length() > NAME_MAX) {
			throw new InvalidValueException(field, "archive.field.too-long", NAME_MAX);
		}
		return name.strip();
	}

	/** The associated data of a sealed column: the column and the row's blind index. */
	static String context(String column, String index) {
		return "archive.worker." + column + ":" + index;
	}
}
