package cn.jiazheng.credit.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one reading and writing of a module's table of sealed supporting documents (record evidence,
 * objection papers): each module owns such a table, of the same shape, in its own schema
 * ({@code id, <owner>, filename, content_type, size_bytes, content_digest, content_sealed, uploaded_by,
 * uploaded_at}). The content arrives and leaves sealed; sealing and who may see it stay with the module.
 */
@Unscoped("the owning module checks the actor against the document's owner before every call")
public final class SealedDocumentTable {

	private final JdbcClient jdbc;

	private final String table;

	private final String owner;

	/** @param table the schema-qualified table, @param ownerColumn the column naming the owner: constants of the module, never input */
	public SealedDocumentTable(JdbcClient jdbc, String table, String ownerColumn) {
		this.jdbc = jdbc;
		this.table = table;
		this.owner = ownerColumn;
	}

	/** A document as lists show it. */
	public record Listed(long id, long ownerId, String filename, String contentType, int sizeBytes, String contentDigest,
			String uploadedBy, Instant uploadedAt) {
	}

	/** A document with its sealed content. */
	public record Sealed(String filename, String contentType, byte[] content) {
	}

	@Unscoped("the owning module has checked the actor")
	public long insert(long ownerId, String filename, String contentType, int size, String digest, byte[] sealed, String by) {
		return jdbc.sql("INSERT INTO " + table + " (" + owner + """
				, filename, content_type, size_bytes, content_digest, content_sealed, uploaded_by)
				VALUES (:owner, :filename, :type, :size, :digest, :sealed, :by) RETURNING id""")
			.param("owner", ownerId)
			.param("filename", filename)
			.param("type", contentType)
			.param("size", size)
			.param("digest", digest)
			.param("sealed", sealed)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	@Unscoped("the owning module has checked the actor")
	public List<Listed> list(long ownerId) {
		return jdbc.sql("SELECT id, " + owner + " AS owner_id, filename, content_type, size_bytes, content_digest, uploaded_by, uploaded_at FROM "
				+ table + " WHERE " + owner + " = :owner ORDER BY id")
			.param("owner", ownerId)
			.query((rs, row) -> new Listed(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("filename"),
					rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("content_digest"),
					rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	/** One document of the owner, in one read; empty when the owner has no such document. */
	@Unscoped("the owning module has checked the actor")
	public Optional<Sealed> sealed(long ownerId, long documentId) {
		return jdbc.sql("SELECT filename, content_type, content_sealed FROM " + table + " WHERE id = :id AND " + owner + " = :owner")
			.param("id", documentId)
			.param("owner", ownerId)
			.query((rs, row) -> new Sealed(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content_sealed")))
			.optional();
	}
}
