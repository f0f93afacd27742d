package id.jakpreneur.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules of docs/architecture.md that Spring Modulith's {@code verify()} (ModularityTests) does not express:
 * where controllers live, what a module's root package may hold, who may use a {@code web} package, and how the
 * read side talks to PostgreSQL. Main code only; tests may reach anywhere.
 */
class ArchitectureTests {

	static final String ROOT = "id.jakpreneur.portal";

	static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(ControllerAdvice.class)
			.should()
			.resideInAPackage("..web..")
			.check(MAIN);
	}

	@Test
	void aWebPackageIsUsedOnlyInsideItsOwnModule() {
		classes().that().resideInAPackage(ROOT + ".*.web..").should(onlyBeUsedInsideTheirModule()).check(MAIN);
	}

	@Test
	void noModuleNamesAnotherModulesInternalPackage() {
		classes().that()
			.resideInAPackage(ROOT + ".*.*..")
			.and()
			.resideOutsideOfPackage(ROOT + ".shared..")
			.should(onlyBeUsedInsideTheirModule())
			.check(MAIN);
	}

	@Test
	void theDomainDoesNotKnowTheWeb() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + "..web..")
			.check(MAIN);
	}

	@Test
	void noSqlGoesThroughThePositionalJdbcTemplate() {
		noClasses().should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcTemplate.class)
			.because("SQL is written with named parameters through JdbcClient (NamedParameterJdbcTemplate only for "
					+ "batches, which JdbcClient lacks; docs/architecture.md)")
			.check(MAIN);
	}

	/**
	 * Spring Modulith takes every type in a module's root package as the module's API. A public root type that no
	 * other module uses is a hole in the wall: it belongs in an internal package. "Used" means named by another
	 * module's code (including a {@code catch} clause), or part of the public signature of a root type that another
	 * module uses (a record component, a parameter or result type: the value types an API hands out).
	 */
	@Test
	void aModuleRootHoldsOnlyWhatOtherModulesUse() {
		Set<JavaClass> roots = new HashSet<>();
		for (JavaClass type : MAIN) {
			String module = moduleOf(type);
			if (module != null && type.getPackageName().equals(ROOT + "." + module)
					&& type.getModifiers().contains(JavaModifier.PUBLIC) && !type.isNestedClass()
					&& !type.getSimpleName().equals("package-info")) {
				roots.add(type);
			}
		}
		Set<JavaClass> used = new HashSet<>();
		for (JavaClass type : roots) {
			if (usedByAnotherModule(type)) {
				used.add(type);
			}
		}
		Deque<JavaClass> exposing = new ArrayDeque<>(used);
		while (!exposing.isEmpty()) {
			for (JavaClass exposed : publicSignatureTypes(exposing.pop())) {
				if (roots.contains(exposed) && used.add(exposed)) {
					exposing.push(exposed);
				}
			}
		}
		List<String> unused = roots.stream().filter(t -> !used.contains(t)).map(JavaClass::getName).sorted().toList();
		assertThat(unused).as("public root types that no other module uses").isEmpty();
	}

	private static boolean usedByAnotherModule(JavaClass type) {
		String module = moduleOf(type);
		boolean named = type.getDirectDependenciesToSelf()
			.stream()
			.map(d -> moduleOf(d.getOriginClass()))
			.anyMatch(m -> m != null && !m.equals(module));
		return named || MAIN.stream()
			.filter(c -> moduleOf(c) != null && !module.equals(moduleOf(c)))
			.flatMap(c -> c.getCodeUnits().stream())
			.flatMap(u -> u.getTryCatchBlocks().stream())
			.anyMatch(b -> b.getCaughtThrowables().contains(type));
	}

	private static Set<JavaClass> publicSignatureTypes(JavaClass type) {
		Set<JavaClass> types = new HashSet<>();
		for (JavaMethod method : type.getMethods()) {
			if (method.getModifiers().contains(JavaModifier.PUBLIC)) {
				types.addAll(method.getReturnType().getAllInvolvedRawTypes());
				method.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
			}
		}
		for (JavaConstructor constructor : type.getConstructors()) {
			if (constructor.getModifiers().contains(JavaModifier.PUBLIC)) {
				constructor.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
			}
		}
		for (JavaField field : type.getFields()) {
			if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
				types.addAll(field.getType().getAllInvolvedRawTypes());
			}
		}
		return types;
	}

	/** The module of a class: the first package below {@link #ROOT}, or null for the application class itself. */
	static String moduleOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT + ".")) {
			return null;
		}
		String rest = name.substring(ROOT.length() + 1);
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	private static ArchCondition<JavaClass> onlyBeUsedInsideTheirModule() {
		return new ArchCondition<>("only be used inside their own module") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String module = moduleOf(type);
				Set<String> users = new TreeSet<>();
				for (Dependency dependency : type.getDirectDependenciesToSelf()) {
					String user = moduleOf(dependency.getOriginClass());
					if (user != null && !user.equals(module)) {
						users.add(dependency.getOriginClass().getName());
					}
				}
				if (!users.isEmpty()) {
					events.add(SimpleConditionEvent.violated(type, type.getName() + " is used by " + users));
				}
			}
		};
	}

}
