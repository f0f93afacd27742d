package id.jakpreneur.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.jakpreneur.portal.assessment.policy.AssessmentInput;
import id.jakpreneur.portal.assessment.policy.AssessmentResult;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How many assessments the policy makes per second of one core's CPU time, over 4,096 varied businesses (ideas, young and
 * old, licensed or not, every sector and obstacle). Run on its own:
 * {@code ./mvnw test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=PolicyThroughputBenchmarkTests}.
 */
@Tag("benchmark")
class PolicyThroughputBenchmarkTests {

	private static final int BUSINESSES = 4096;

	private static final long WARM_UP_NANOS = 5_000_000_000L;

	private static final long MEASURE_NANOS = 10_000_000_000L;

	private final PhaseAssessmentPolicy policy = new PhaseAssessmentPolicy();

	/**
	 * "On one core" is measured as the CPU time of the measuring thread, so other work on the machine (a parallel
	 * build) does not count against the policy; the wall-clock rate is printed beside it.
	 */
	@Test
	void evaluatesAtLeastAMillionAssessmentsPerSecondOnOneCore() {
		AssessmentInput[] inputs = businesses(new Random(4));
		run(inputs, WARM_UP_NANOS);
		Rate rate = run(inputs, MEASURE_NANOS);
		System.out.printf("BENCHMARK policy %s: %,.0f assessments per CPU-second of one core (%,.0f per wall-clock second, "
				+ "%,d assessments)%n", PhaseAssessmentPolicy.VERSION, rate.perCpuSecond(), rate.perWallSecond(), rate.count());
		assertThat(rate.perCpuSecond()).isGreaterThanOrEqualTo(1_000_000);
	}

	/** Assessments run over at least {@code nanos} of CPU time; the checksum keeps the JIT from dropping the work. */
	private Rate run(AssessmentInput[] inputs, long nanos) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long count = 0;
		long checksum = 0;
		long wallStart = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long cpu;
		do {
			for (AssessmentInput input : inputs) {
				AssessmentResult result = policy.assess(input);
				checksum += result.phase().ordinal() + result.reasons().size();
			}
			count += inputs.length;
			cpu = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		while (cpu < nanos);
		long wall = System.nanoTime() - wallStart;
		assertThat(checksum).isPositive();
		return new Rate(count, count * 1e9 / cpu, count * 1e9 / wall);
	}

	private record Rate(long count, double perCpuSecond, double perWallSecond) {
	}

	static AssessmentInput[] businesses(Random random) {
		LocalDate today = LocalDate.of(2026, 6, 15);
		AssessmentInput[] inputs = new AssessmentInput[BUSINESSES];
		Sector[] sectors = Sector.values();
		MainObstacle[] obstacles = MainObstacle.values();
		Phase[] phases = Phase.values();
		for (int i = 0; i < inputs.length; i++) {
			boolean idea = random.nextInt(8) == 0;
			Map<LicenceType, String> licences = new EnumMap<>(LicenceType.class);
			for (LicenceType licence : LicenceType.values()) {
				if (random.nextInt(3) == 0) {
					licences.put(licence, random.nextBoolean() ? "" : String.valueOf(9_120_000_000_000L + i));
				}
			}
			Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
			for (SalesChannel channel : SalesChannel.values()) {
				if (random.nextBoolean()) {
					channels.add(channel);
				}
			}
			Set<StepCode> completed = random.nextInt(4) == 0 ? EnumSet.of(StepCode.P2) : EnumSet.noneOf(StepCode.class);
			inputs[i] = new AssessmentInput(idea ? BusinessStage.IDEA : BusinessStage.RUNNING,
					idea ? null : today.minusMonths(random.nextInt(72)), today, sectors[random.nextInt(sectors.length)],
					random.nextInt(4) != 0, random.nextInt(8) * 5_000_000L + random.nextInt(1000) * 1000L,
					random.nextInt(2_000) * 1_000_000L, random.nextInt(6), licences, random.nextBoolean(),
					random.nextBoolean(), random.nextBoolean(), channels, random.nextBoolean(), random.nextBoolean(),
					random.nextInt(5) == 0, random.nextBoolean(), obstacles[random.nextInt(obstacles.length)], completed,
					random.nextBoolean() ? null : phases[random.nextInt(phases.length)]);
		}
		return inputs;
	}

}
