package nl.klantregistratie.base;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Around every service call that starts a transaction (the outermost one; calls within it leave
 * the decision to it): a deadlock victim is tried once more, in a new transaction; a second
 * deadlock, a lock wait longer than the lock timeout, or a foreign key that a colleague's change
 * broke at that moment becomes a {@link BusyException}, which the screens show in Dutch ("in gebruik
 * door een collega, probeer opnieuw") instead of the general error page.
 */
final class LockConflictRetry implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(LockConflictRetry.class);

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        try {
            return proxied.invocableClone().proceed();
        } catch (RuntimeException first) {
            LockConflicts conflict = LockConflicts.of(first);
            if (conflict != LockConflicts.DEADLOCK) {
                throw conflict == LockConflicts.NONE ? first : new BusyException(first);
            }
            log.info("Deadlock in {}, trying once more", invocation.getMethod().getName());
            try {
                return proxied.invocableClone().proceed();
            } catch (RuntimeException again) {
                throw LockConflicts.of(again) == LockConflicts.NONE ? again : new BusyException(again);
            }
        }
    }
}
