package nl.klantregistratie.base;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;

/**
 * Puts {@link LockConflictRetry} around every {@code @Service}, outside its transaction (and its
 * method security), so a retry runs in a transaction of its own. An infrastructure advisor, as
 * Spring's own transaction and security advisors are: no AspectJ needed.
 */
@Configuration(proxyBeanMethods = false)
class LockConflictConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor lockConflictAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(Service.class, true), new LockConflictRetry());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
