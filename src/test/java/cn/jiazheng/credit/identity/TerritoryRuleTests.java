package cn.jiazheng.credit.identity;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.jiazheng.credit.platform.Unscoped;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory cannot be forgotten: every class that holds a database handle must take a
 * {@link Scope} or an {@link Actor} in each public method, or say with {@link Unscoped} why no
 * territory applies. A new query method without either fails here.
 */
class TerritoryRuleTests {

	private static final Set<Class<?>> DATABASE_HANDLES = Set.of(JdbcClient.class, JdbcOperations.class,
			NamedParameterJdbcOperations.class, DataSource.class);

	@Test
	void everyDatabaseMethodTakesAScopeOrSaysWhyNot() throws Exception {
		List<String> offenders = new ArrayList<>();
		List<Class<?>> databaseClasses = databaseClasses();
		for (Class<?> type : databaseClasses) {
			if (type.isAnnotationPresent(Unscoped.class)) {
				continue;
			}
			for (Method method : type.getDeclaredMethods()) {
				if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
						|| method.isAnnotationPresent(Unscoped.class)) {
					continue;
				}
				boolean scoped = Arrays.stream(method.getParameterTypes())
					.anyMatch(p -> p == Scope.class || p == Actor.class);
				if (!scoped) {
					offenders.add(type.getName() + "#" + method.getName());
				}
			}
		}
		assertThat(databaseClasses).as("the rule must see the repositories it guards").isNotEmpty();
		assertThat(offenders).as("public database methods without a Scope/Actor parameter or @Unscoped").isEmpty();
	}

	@Test
	void theRuleSeesAnOffender() throws Exception {
		assertThat(holdsDatabaseHandle(Offender.class)).isTrue();
		Method method = Offender.class.getMethod("all");
		assertThat(Arrays.stream(method.getParameterTypes()).anyMatch(p -> p == Scope.class)).isFalse();
	}

	static class Offender {

		JdbcClient jdbc;

		public List<String> all() {
			return List.of();
		}
	}

	private static List<Class<?>> databaseClasses() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*")));
		List<Class<?>> found = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("cn.jiazheng.credit")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			// Tests and benchmark tooling (cn.jiazheng.credit.bench, which loads tables directly on purpose) are not the product.
			if (type.getName().contains("Test") || type.getName().contains("$Offender")
					|| type.getName().startsWith("cn.jiazheng.credit.bench.")) {
				continue;
			}
			if (holdsDatabaseHandle(type)) {
				found.add(type);
			}
		}
		return found;
	}

	private static boolean holdsDatabaseHandle(Class<?> type) {
		for (Field field : type.getDeclaredFields()) {
			for (Class<?> handle : DATABASE_HANDLES) {
				if (handle.isAssignableFrom(field.getType())) {
					return true;
				}
			}
		}
		return false;
	}
}
