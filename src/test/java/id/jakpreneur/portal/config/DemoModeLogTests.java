package id.jakpreneur.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.jakpreneur.portal.shared.DemoData;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 16, medium 5: the demo data says that demo mode is on, never what the demo password is. */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class DemoModeLogTests {

	@Autowired
	List<DemoData> demoData;

	@Test
	void theDemoPasswordIsNeverWrittenToTheLog(CapturedOutput output) {
		for (DemoData data : demoData) {
			data.createDemoData();
		}
		assertThat(output.getAll()).contains("Demo mode is on").doesNotContain(DemoUsers.PASSWORD);
	}

}
