package cn.jiazheng.credit.archive;

/**
 * 一企一档发布: a revision of an enterprise's file was released, so what the public sees of the enterprise
 * (its name, its county, whether it can be rated) may have changed. Published inside the transaction
 * that released it.
 */
public record EnterpriseFileReleased(long enterpriseId) {
}
