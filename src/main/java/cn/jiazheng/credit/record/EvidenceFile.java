package cn.jiazheng.credit.record;

/** 证据材料 as uploaded: the name it came with and its bytes; its type is decided by its content. */
public record EvidenceFile(String filename, byte[] content) {
}
