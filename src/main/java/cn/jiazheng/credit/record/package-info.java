/**
 * 信用信息: typed credit records about enterprises, workers and consumers, with their source, decision
 * document, severity and publicity period (公示期).
 */
@org.springframework.modulith.ApplicationModule(displayName = "信用信息 record")
package cn.jiazheng.credit.record;
