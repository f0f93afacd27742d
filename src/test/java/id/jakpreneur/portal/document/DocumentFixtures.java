package id.jakpreneur.portal.document;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;

/** Files built here, so no binary file sits in the repository. */
public final class DocumentFixtures {

	private DocumentFixtures() {
	}

	/** A small, whole PDF (one empty page) ending with its end-of-file marker and a newline. */
	public static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	/** A PDF padded with a comment-free filler to exactly this many bytes, still whole. */
	static byte[] pdfOfSize(int size) {
		byte[] pdf = pdf();
		byte[] bytes = new byte[size];
		java.util.Arrays.fill(bytes, (byte) ' ');
		System.arraycopy(pdf, 0, bytes, 0, pdf.length - 6);
		System.arraycopy(pdf, pdf.length - 6, bytes, size - 6, 6);
		return bytes;
	}

	/** The first bytes of a Windows program. */
	static byte[] exe() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		return bytes;
	}

	static MockMultipartFile file(String name, String declaredType, byte[] bytes) {
		return new MockMultipartFile("evidence", name, declaredType, bytes);
	}

}
