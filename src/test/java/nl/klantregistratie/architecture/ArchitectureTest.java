package nl.klantregistratie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The shape of the code, checked on every build: features in packages of their own that never go
 * round in a circle, views that only talk to services, repositories kept inside their feature, and
 * services whose every public method says who may call it (docs/decisions/0013-architecture.md).
 */
@AnalyzeClasses(
        packages = "nl.klantregistratie",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutSpringAot.class})
class ArchitectureTest {

    private static final String BASE = "nl.klantregistratie.base..";
    private static final String SHELL = "nl.klantregistratie.shell..";

    private static final List<Class<? extends Annotation>> METHOD_SECURITY =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, PreAuthorize.class, Secured.class);

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("nl.klantregistratie.(*)..")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles()
            .because("a feature builds on others without them building on it (docs/decisions/0013)");

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage(BASE)
            .should()
            .dependOnClassesThat(describe(
                    "belong to a feature",
                    (JavaClass type) -> type.getPackageName().startsWith("nl.klantregistratie.")
                            && !type.getPackageName().startsWith("nl.klantregistratie.base")))
            .because("base holds what every feature shares and knows none of them");

    @ArchTest
    static final ArchRule onlyTheApplicationUsesTheShell = noClasses()
            .that()
            .resideOutsideOfPackages(SHELL)
            .and()
            .doNotHaveFullyQualifiedName("nl.klantregistratie.Application")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SHELL)
            .because("the shell assembles the features; no feature needs it");

    @ArchTest
    static final ArchRule viewsAndFormsNeverUseARepository = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(JdbcClient.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(JdbcTemplate.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(DataSource.class)
            .because("views are thin: they call a feature's service, which enforces the rules");

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that()
            .areAssignableTo(Repository.class)
            .or()
            .areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .should()
            .notBePublic()
            .because("only a feature's own service reads and writes its tables");

    @ArchTest
    static final ArchRule everyServiceMethodSaysWhoMayCallIt = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class)
            .and()
            .arePublic()
            .and(describe(
                    "are not static",
                    (JavaMethod method) -> !method.getModifiers().contains(JavaModifier.STATIC)))
            .and(describe(
                    "are not compiler-made",
                    (JavaMethod method) -> !method.getModifiers().contains(JavaModifier.SYNTHETIC)))
            .should(ArchConditions.be(describe(
                    "secured by method security, or marked @PermitAll as open to every caller",
                    ArchitectureTest::secured)));

    private static boolean secured(JavaMethod method) {
        return METHOD_SECURITY.stream()
                .anyMatch(annotation ->
                        method.isAnnotatedWith(annotation) || method.getOwner().isAnnotatedWith(annotation));
    }

    /** For the rules' texts: a predicate with a description. */
    private static <T> DescribedPredicate<T> describe(String description, Predicate<T> test) {
        return DescribedPredicate.describe(description, test);
    }

    /**
     * Leaves out the code Spring AOT generates in a production build ({@code Application__BeanDefinitions}
     * and the like): it wires every bean, so it depends on every package by design.
     */
    static final class WithoutSpringAot implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__");
        }
    }
}
