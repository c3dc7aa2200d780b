/**
 * 信用评价: scoring models that regulators can read and change (versioned YAML with CEL expressions),
 * runs over a territory, and explained results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "信用评价 rating")
package cn.jiazheng.credit.rating;
