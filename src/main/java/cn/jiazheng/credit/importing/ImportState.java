package cn.jiazheng.credit.importing;

/** The life of an import batch (导入批次): validated and staged, then applied or discarded. */
public enum ImportState {
	/** Rows are being read and checked; nothing may be applied yet. */
	VALIDATING,
	/** Every row is checked and staged; waiting for the uploader's choice. */
	VALIDATED,
	/** The valid rows were saved, all in one transaction. */
	APPLIED,
	/** The uploader chose to import nothing; the staged rows are gone. */
	DISCARDED
}
