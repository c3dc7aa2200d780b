package cn.jiazheng.credit.importing;

/**
 * One column of an import template.
 *
 * @param field the value's name in the staged payload and in error messages
 * @param headerKey the message key of the column's header; the Chinese text is what the template carries
 */
public record ImportColumn(String field, String headerKey, boolean required) {
}
