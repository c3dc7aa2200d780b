package cn.jiazheng.credit.consent;

/** The letter itself, decrypted for one allowed and audited look. */
public record LetterContent(String contentType, byte[] bytes) {
}
