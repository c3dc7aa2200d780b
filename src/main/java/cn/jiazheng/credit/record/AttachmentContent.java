package cn.jiazheng.credit.record;

/** An opened evidence attachment. */
public record AttachmentContent(String filename, String contentType, byte[] bytes) {
}
