package cn.jiazheng.credit.identity.internal;

import cn.jiazheng.credit.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MLPS 2.0 level 3 password composition. */
class PasswordPolicyTest {

	@Test
	void acceptsEightCharactersFromThreeClasses() {
		assertThatCode(() -> PasswordPolicy.check("wanghong", "Jiazheng#1")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("wanghong", "abcdef1!")).doesNotThrowAnyException();
	}

	@Test
	void refusesShortPasswords() {
		assertThatThrownBy(() -> PasswordPolicy.check("wanghong", "Ab1!xyz"))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> {
				org.assertj.core.api.Assertions.assertThat(ex.field()).isEqualTo("password");
				org.assertj.core.api.Assertions.assertThat(ex.messageKey()).isEqualTo("identity.password.too-short");
			});
	}

	@Test
	void refusesTwoClasses() {
		assertThatThrownBy(() -> PasswordPolicy.check("wanghong", "abcdefgh12"))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> org.assertj.core.api.Assertions.assertThat(ex.messageKey()).isEqualTo("identity.password.classes"));
		assertThatThrownBy(() -> PasswordPolicy.check("wanghong", "ABCDEFGH!!"))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	void refusesTheUsernameForwardsAndBackwards() {
		assertThatThrownBy(() -> PasswordPolicy.check("wanghong", "WangHong#2026"))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> org.assertj.core.api.Assertions
				.assertThat(ex.messageKey()).isEqualTo("identity.password.contains-username"));
		assertThatThrownBy(() -> PasswordPolicy.check("wanghong", "gnohgnaw#X1"))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	void temporaryPasswordsAlwaysMeetThePolicy() {
		for (int i = 0; i < 200; i++) {
			String password = AccountManagement.temporaryPassword();
			assertThatCode(() -> PasswordPolicy.check("someone", password)).doesNotThrowAnyException();
		}
	}
}
