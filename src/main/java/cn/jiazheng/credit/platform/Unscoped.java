package cn.jiazheng.credit.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or method that reads or writes the database without the identity module's territory
 * {@code Scope}, with the reason. Every other class that touches the database must take a
 * {@code Scope} (or an {@code Actor}) in each of its public methods; {@code TerritoryRuleTests} fails
 * on one that does neither, so a query that forgets the territory cannot be added unnoticed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Unscoped {

	/** Why no territory applies, for example: reference data, the same for everyone. */
	String value();
}
