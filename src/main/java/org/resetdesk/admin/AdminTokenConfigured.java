package org.resetdesk.admin;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code resetdesk.admin.token} has a non-blank value: only then do admin endpoints exist. */
class AdminTokenConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("resetdesk.admin.token");
        return token != null && !token.isBlank();
    }
}
