package cn.jiazheng.credit.objection;

/** 证明材料 as uploaded: the name it came with and its bytes; its type is decided by its content. */
public record ObjectionFile(String filename, byte[] content) {
}
