package cn.jiazheng.credit.importing;

import java.util.Map;

/**
 * One row of an import batch as the report shows it.
 *
 * @param rowNumber the row's number in the spreadsheet (the header is row 1)
 * @param key the value that identifies the row, e.g. the credit code
 * @param values the cells by field name
 * @param error in the uploader's language, naming the field and the rule; {@code null} for a valid row
 */
public record ImportRow(int rowNumber, String key, Map<String, String> values, ImportRowStatus status, String error) {
}
