package id.jakpreneur.portal.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.jakpreneur.portal.dashboard.web.DashboardTable.Band;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;
import id.jakpreneur.portal.shared.Csv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a dashboard table as CSV (UTF-8, comma-separated, RFC 4180 quoting) or XLSX (Apache POI), and formats its
 * cells for the page, so that the three always say the same. Percentages have one decimal everywhere. CSV cells and
 * lines are written by {@link Csv}, which also defuses text a spreadsheet would take for a formula.
 */
final class TableExports {

	/** Open data: counts under this are suppressed (written as "&lt;5"). */
	static final int SUPPRESS_BELOW = 5;

	static final String SUPPRESSED = "<5";

	private TableExports() {
	}

	/** A cell as the page shows it. */
	static String display(Object value, Locale locale) {
		if (value == null) {
			return "–";
		}
		if (value instanceof Percent p) {
			return GroupedNumbers.decimal(BigDecimal.valueOf(p.ratio() * 100).setScale(1, RoundingMode.HALF_UP), 1, locale)
					+ " %";
		}
		if (value instanceof Band b) {
			return b.label();
		}
		if (value instanceof Long || value instanceof Integer) {
			return GroupedNumbers.integer(((Number) value).longValue(), locale);
		}
		if (value instanceof Double d) {
			return GroupedNumbers.decimal(decimal(d), 2, locale);
		}
		return value.toString();
	}

	/** A percentage rounded to one decimal, as every output shows it. */
	static double percent(Percent p) {
		return BigDecimal.valueOf(p.ratio() * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	/** A decimal rounded to two places, as every output shows it. */
	static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	static byte[] csv(DashboardTable table, boolean suppressSmallCounts) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(Csv.line(table.headers()));
		for (List<Object> row : table.rows()) {
			out.append(Csv.line(row.stream().map(cell -> csvCell(cell, suppressSmallCounts)).toList()));
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String csvCell(Object value, boolean suppressSmallCounts) {
		if (value == null) {
			return "";
		}
		if (suppressSmallCounts && value instanceof Long n && n < SUPPRESS_BELOW) {
			return SUPPRESSED;
		}
		if (value instanceof Percent p) {
			return BigDecimal.valueOf(percent(p)).toPlainString();
		}
		if (value instanceof Band b) {
			return b.label();
		}
		if (value instanceof Double d) {
			return decimal(d).toPlainString();
		}
		if (value instanceof Number n) {
			return n.toString();
		}
		return value.toString();
	}

	static byte[] xlsx(DashboardTable table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(table.id());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(table.title());
			title.getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(1);
			for (int c = 0; c < table.headers().size(); c++) {
				header.createCell(c).setCellValue(table.headers().get(c));
				header.getCell(c).setCellStyle(bold);
			}
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = sheet.createRow(r + 2);
				List<Object> values = table.rows().get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					var cell = row.createCell(c);
					if (value instanceof Percent p) {
						cell.setCellValue(percent(p));
						cell.setCellStyle(percent);
					}
					else if (value instanceof Double d) {
						cell.setCellValue(decimal(d).doubleValue());
					}
					else if (value instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else if (value instanceof Band b) {
						cell.setCellValue(b.label());
					}
					else if (value != null) {
						cell.setCellValue(value.toString());
					}
				}
			}
			for (int c = 0; c < table.headers().size(); c++) {
				sheet.setColumnWidth(c, 18 * 256);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
