package cn.jiazheng.credit.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(account -> new AccountPrincipal(account, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}
}
