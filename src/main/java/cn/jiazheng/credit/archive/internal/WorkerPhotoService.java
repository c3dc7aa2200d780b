package cn.jiazheng.credit.archive.internal;

import java.util.Optional;

import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerPhotos;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.crypto.Sm3;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.FileType;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photos sealed with the worker's id as associated data: a sealed photo moved to another worker does not open. */
@Service
@Transactional
class WorkerPhotoService implements WorkerPhotos {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final WorkerRepository workers;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	WorkerPhotoService(JdbcClient jdbc, WorkerRepository workers, FieldCipher cipher, AuditTrail audit) {
		this.jdbc = jdbc;
		this.workers = workers;
		this.cipher = cipher;
		this.audit = audit;
	}

	@Override
	public void upload(Actor by, long workerId, byte[] content) {
		if (!by.role().isEnterprise()) {
			throw new AccessDeniedException("archive.worker.edit-denied");
		}
		workers.find(by.scope(), workerId).orElseThrow(() -> new NotFoundException("archive.worker.not-found", workerId));
		if (content == null || content.length == 0) {
			throw new InvalidValueException("photo", "archive.photo.required");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidValueException("photo", "archive.photo.too-large", MAX_BYTES / 1024 / 1024);
		}
		FileType type = FileType.detect(content).filter(t -> t == FileType.JPEG || t == FileType.PNG)
			.orElseThrow(() -> new InvalidValueException("photo", "archive.photo.type"));
		store(workerId, type.contentType(), content, by.username());
		audit.record(AuditEvent.success(by, "WORKER_PHOTO_UPLOAD", "worker", workerId).with("bytes", content.length));
	}

	/** A refusal is audited too: it commits although the caller sees the exception. */
	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public Optional<Photo> open(Actor reader, long workerId) {
		Worker worker = reachable(reader, workerId);
		Optional<Photo> photo = sealed(workerId).map(row -> new Photo(row.contentType(), cipher.decrypt(row.sealed(), context(workerId))));
		photo.ifPresent(p -> audit.record(AuditEvent.success(reader, "SENSITIVE_VIEW", "worker", worker.id()).with("fields", "photo")));
		return photo;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(Actor reader, long workerId) {
		reachable(reader, workerId);
		return sealed(workerId).isPresent();
	}

	private Worker reachable(Actor reader, long workerId) {
		if (reader.role() == Role.WORKER) {
			return workers.byAccount(reader.accountId()).filter(own -> own.id() == workerId)
				.orElseThrow(() -> new NotFoundException("archive.worker.not-found", workerId));
		}
		return workers.find(reader.scope(), workerId).orElseThrow(() -> new NotFoundException("archive.worker.not-found", workerId));
	}

	@Unscoped("the worker was found within the uploader's scope just before")
	void store(long workerId, String contentType, byte[] content, String by) {
		jdbc.sql("""
				INSERT INTO archive.worker_photo (worker_id, content_type, size_bytes, content_digest, content_sealed, uploaded_by)
				VALUES (:w, :type, :size, :digest, :sealed, :by)
				ON CONFLICT (worker_id) DO UPDATE SET content_type = EXCLUDED.content_type, size_bytes = EXCLUDED.size_bytes,
				    content_digest = EXCLUDED.content_digest, content_sealed = EXCLUDED.content_sealed,
				    uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()""")
			.param("w", workerId)
			.param("type", contentType)
			.param("size", content.length)
			.param("digest", java.util.HexFormat.of().formatHex(Sm3.digest(content)))
			.param("sealed", cipher.encrypt(content, context(workerId)))
			.param("by", by)
			.update();
	}

	private Optional<SealedPhoto> sealed(long workerId) {
		return jdbc.sql("SELECT content_type, content_sealed FROM archive.worker_photo WHERE worker_id = :w")
			.param("w", workerId)
			.query((rs, row) -> new SealedPhoto(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	private static byte[] context(long workerId) {
		return ("archive.worker_photo:" + workerId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private record SealedPhoto(String contentType, byte[] sealed) {
	}
}
