// The last twelve months of a participant's reports as a bar chart. The numbers come from the canvas's data-chart
// attribute (JSON written by the server), the series names from data-sales-label and data-costs-label; the same
// numbers are in the table beside the chart, which is what screen readers and printouts use.
(function () {
  var canvas = document.getElementById('report-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
  var full = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  var compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  canvas.chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        { label: canvas.getAttribute('data-sales-label'), data: data.sales, backgroundColor: '#0b5c8a' },
        { label: canvas.getAttribute('data-costs-label'), data: data.costs, backgroundColor: '#f7b32b' }
      ]
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: function (item) { return item.dataset.label + ': Rp ' + full.format(item.parsed.y); }
          }
        }
      },
      scales: {
        y: { beginAtZero: true, ticks: { callback: function (value) { return 'Rp ' + compact.format(value); } } }
      }
    }
  });
})();
