/**
 * 批量导入: the generic spreadsheet import that every module's bulk entry shares. A module contributes an
 * {@link cn.jiazheng.credit.importing.ImportKind} bean (its columns, rules, duplicate key and saving);
 * this module reads the upload, validates and stages every row before anything is saved, reports row by
 * row, and applies the valid rows in one transaction or nothing. It owns the schema {@code importing}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "批量导入 importing")
package cn.jiazheng.credit.importing;
