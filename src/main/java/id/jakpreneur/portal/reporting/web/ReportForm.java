package id.jakpreneur.portal.reporting.web;

import java.time.YearMonth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.reporting.ChannelSplit;
import id.jakpreneur.portal.reporting.MonthlyReport;
import id.jakpreneur.portal.reporting.domain.ReportDraft;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A monthly report as typed: money as text so that "1.500.000" reads the Indonesian way, the channel split as four
 * whole percentages that must add up to 100 ({@link #getShareTotal()} carries that error).
 */
class ReportForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth month;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.tooLong}")
	private String sales;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.tooLong}")
	private String costs;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{validation.notNegative}")
	@Max(value = 100000, message = "{validation.tooLarge}")
	private Integer employees;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{programme.report.share.range}")
	@Max(value = 100, message = "{programme.report.share.range}")
	private Integer shareOffline;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{programme.report.share.range}")
	@Max(value = 100, message = "{programme.report.share.range}")
	private Integer shareMarketplace;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{programme.report.share.range}")
	@Max(value = 100, message = "{programme.report.share.range}")
	private Integer shareSocialMedia;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{programme.report.share.range}")
	@Max(value = 100, message = "{programme.report.share.range}")
	private Integer shareReseller;

	/** A bank statement or receipts backing the figures (optional): a PDF, JPEG or PNG. */
	private MultipartFile document;

	/** Money fields read as rupiah, and the split adds up to 100 once every share is valid. */
	void validateFigures(Errors errors) {
		money(sales, "sales", errors);
		money(costs, "costs", errors);
		boolean sharesValid = !errors.hasFieldErrors("shareOffline") && !errors.hasFieldErrors("shareMarketplace")
				&& !errors.hasFieldErrors("shareSocialMedia") && !errors.hasFieldErrors("shareReseller");
		if (sharesValid && !split().isComplete()) {
			errors.rejectValue("shareTotal", "programme.report.shares.sum");
		}
	}

	private static void money(String text, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (text.strip().startsWith("-")) {
			errors.rejectValue(field, "validation.notNegative");
		}
		else if (Rupiah.parse(text).isEmpty()) {
			errors.rejectValue(field, "validation.rupiah");
		}
	}

	ChannelSplit split() {
		return new ChannelSplit(shareOffline, shareMarketplace, shareSocialMedia, shareReseller);
	}

	/** The figures of a filed report, to correct and submit again. */
	static ReportForm of(MonthlyReport report) {
		ReportForm form = new ReportForm();
		form.setMonth(report.month());
		form.setSales(String.valueOf(report.sales()));
		form.setCosts(String.valueOf(report.costs()));
		form.setEmployees(report.employees());
		form.setShareOffline(report.split().offline());
		form.setShareMarketplace(report.split().marketplace());
		form.setShareSocialMedia(report.split().socialMedia());
		form.setShareReseller(report.split().reseller());
		return form;
	}

	public MultipartFile getDocument() {
		return document;
	}

	public void setDocument(MultipartFile document) {
		this.document = document;
	}

	ReportDraft toDraft() {
		return new ReportDraft(month, Rupiah.parse(sales).orElseThrow(), Rupiah.parse(costs).orElseThrow(), employees,
				split());
	}

	/** The sum of the four shares as typed; null while any is missing. */
	public Integer getShareTotal() {
		if (shareOffline == null || shareMarketplace == null || shareSocialMedia == null || shareReseller == null) {
			return null;
		}
		return shareOffline + shareMarketplace + shareSocialMedia + shareReseller;
	}

	public YearMonth getMonth() {
		return month;
	}

	public void setMonth(YearMonth month) {
		this.month = month;
	}

	public String getSales() {
		return sales;
	}

	public void setSales(String sales) {
		this.sales = sales;
	}

	public String getCosts() {
		return costs;
	}

	public void setCosts(String costs) {
		this.costs = costs;
	}

	public Integer getEmployees() {
		return employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public Integer getShareOffline() {
		return shareOffline;
	}

	public void setShareOffline(Integer shareOffline) {
		this.shareOffline = shareOffline;
	}

	public Integer getShareMarketplace() {
		return shareMarketplace;
	}

	public void setShareMarketplace(Integer shareMarketplace) {
		this.shareMarketplace = shareMarketplace;
	}

	public Integer getShareSocialMedia() {
		return shareSocialMedia;
	}

	public void setShareSocialMedia(Integer shareSocialMedia) {
		this.shareSocialMedia = shareSocialMedia;
	}

	public Integer getShareReseller() {
		return shareReseller;
	}

	public void setShareReseller(Integer shareReseller) {
		this.shareReseller = shareReseller;
	}

}
