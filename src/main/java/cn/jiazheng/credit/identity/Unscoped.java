package cn.jiazheng.credit.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that reads or writes the database without a {@link Scope}, with the reason. Every
 * other class that touches the database must take a {@code Scope} (or an {@code Actor}) in each of
 * its public methods; {@code TerritoryRuleTests} fails on a class that does neither, so a query that
 * forgets the territory cannot be added unnoticed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Unscoped {

	/** Why no territory applies, e.g. "reference data, the same for everyone". */
	String value();
}
