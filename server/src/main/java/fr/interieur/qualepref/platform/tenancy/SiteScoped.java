package fr.interieur.qualepref.platform.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a transactional service (or method) that works on one site's rows: the site of the {@link TenantContext} is
 * bound to the transaction before the method runs (see {@link SiteScopeInterceptor}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SiteScoped {
}
