/**
 * 公示: the public portal and public queries. Anyone, without an account, looks up an enterprise by its
 * 统一社会信用代码 and sees what may be public: its identity, its current final grades and its records
 * within their publicity periods, never anyone's personal data. The module keeps no data of its own: it
 * reads the public parts of {@code archive}, {@code rating}, {@code record} and {@code region}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公示 disclosure")
package cn.jiazheng.credit.disclosure;
