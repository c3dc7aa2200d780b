package cn.jiazheng.credit.objection;

/** An opened supporting document. */
public record AttachmentContent(String filename, String contentType, byte[] bytes) {
}
