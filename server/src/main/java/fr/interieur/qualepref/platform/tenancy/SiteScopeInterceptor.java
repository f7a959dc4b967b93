package fr.interieur.qualepref.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs inside the transaction opened by {@code @Transactional} (whose interceptor has a lower priority) and binds the
 * request's site to it before the service method runs.
 */
@SiteScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class SiteScopeInterceptor {

    @Inject
    TenantContext tenant;

    @Inject
    TenantBinding binding;

    @AroundInvoke
    public Object bindSite(InvocationContext invocation) throws Exception {
        binding.bind(tenant.required());
        return invocation.proceed();
    }
}
