package cn.jiazheng.credit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.jiazheng.credit.identity.internal.MatrixFixtures;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a throw-away embedded PostgreSQL, with MockMvc. One configuration for all
 * such tests, so that Spring starts the context once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(MatrixFixtures.class)
public @interface PlatformTest {
}
