package cn.jiazheng.credit.identity.internal;

import java.security.Principal;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Scope;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Actor} (or its {@link Scope}) of the request as a method argument, read
 * from the request's own principal, so that it is passed on explicitly and never parked in a
 * thread-local of ours.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Actor.class || parameter.getParameterType() == Scope.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Actor actor = actorOf(request.getUserPrincipal());
		return parameter.getParameterType() == Scope.class ? actor.scope() : actor;
	}

	static Actor actorOf(Principal principal) {
		if (principal instanceof Authentication authentication) {
			Object who = authentication.getPrincipal();
			if (who instanceof AccountPrincipal account) {
				return account.actor();
			}
			if (who instanceof Actor actor) {
				return actor;
			}
		}
		throw new AuthenticationCredentialsNotFoundException("no actor");
	}
}
