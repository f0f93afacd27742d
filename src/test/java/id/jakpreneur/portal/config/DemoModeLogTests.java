package id.jakpreneur.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 16, medium 5: the demo data runners say that demo mode is on, never what the demo password is. */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class DemoModeLogTests {

	@Autowired
	List<ApplicationRunner> demoRunners;

	@Test
	void theDemoPasswordIsNeverWrittenToTheLog(CapturedOutput output) throws Exception {
		for (ApplicationRunner runner : demoRunners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(output.getAll()).contains("Demo mode is on").doesNotContain(DemoUsers.PASSWORD);
	}

}
