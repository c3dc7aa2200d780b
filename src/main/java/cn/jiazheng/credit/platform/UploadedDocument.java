package cn.jiazheng.credit.platform;

/**
 * A supporting document someone uploads (evidence of a record, papers behind an objection), checked
 * once for everyone: not empty, within the size limit, a PDF, JPEG or PNG by its content, and a file name
 * that can be shown and offered for download safely (no path, no control characters, at most 200
 * characters). Messages are the caller's, named {@code <messages>.empty}, {@code .too-large} and
 * {@code .type}, all on the field {@code attachments}.
 */
public record UploadedDocument(String filename, String contentType, byte[] content) {

	public static UploadedDocument checked(String filename, byte[] content, int maxBytes, String messages) {
		if (content == null || content.length == 0) {
			throw new InvalidValueException("attachments", messages + ".empty", String.valueOf(filename));
		}
		if (content.length > maxBytes) {
			throw new InvalidValueException("attachments", messages + ".too-large", String.valueOf(filename), maxBytes / (1024 * 1024));
		}
		String type = FileType.detect(content).map(FileType::contentType)
			.orElseThrow(() -> new InvalidValueException("attachments", messages + ".type", String.valueOf(filename)));
		return new UploadedDocument(safeName(filename), type, content);
	}

	private static String safeName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (base.isEmpty()) {
			base = "attachment";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}
}
