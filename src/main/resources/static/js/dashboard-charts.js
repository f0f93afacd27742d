// Dashboard charts. Each canvas carries its chart in data-chart (JSON written by the server, dashboard.web.ChartView:
// type, unit, labels, datasets); the same numbers are in the table beside it, which screen readers, printouts and
// exports use. Numbers are written as the tables write them (Indonesian grouping on Indonesian pages), counts of
// people never with a fraction, Rupiah as "Rp 1.500.000" (on an axis shortened: "Rp 1,5 jt"). Bars lie
// horizontally with every label written beside its bar, and the chart grows with its number of bars.
(function () {
  if (typeof Chart === 'undefined') { return; }
  var colours = ['#0b5c8a', '#f7b32b', '#2e8540', '#b3261e', '#6f42c1'];
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
  var whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  var shortRupiah = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  var BAR_HEIGHT = 30; // pixels per bar (per group of bars), label included
  var LABEL_LINE = 18; // characters per line of a long label

  function format(unit, value, onAxis) {
    if (unit === 'rupiah') {
      return 'Rp ' + (onAxis && Math.abs(value) >= 1000 ? shortRupiah.format(value).replace(/\u00a0/g, ' ') : whole.format(value));
    }
    return whole.format(value);
  }

  // "P6 Pelaporan keuangan" on two lines rather than cut, so that a narrow screen still shows all of it
  function lines(label) {
    var words = String(label).split(' ');
    var out = [];
    var line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > LABEL_LINE) { out.push(line); line = word; } else { line = line ? line + ' ' + word : word; }
    });
    if (line) { out.push(line); }
    return out;
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var line = data.type === 'line';
    var unit = data.unit;
    if (!line) {
      var perBar = BAR_HEIGHT + (data.datasets.length - 1) * 12;
      canvas.parentNode.style.height = Math.max(160, data.labels.length * perBar + 70) + 'px';
    }
    var valueTicks = {
      precision: unit === 'count' ? 0 : undefined,
      callback: function (value) { return format(unit, value, true); }
    };
    var categoryTicks = line ? { autoSkip: true, maxRotation: 0 }
      : { autoSkip: false, callback: function (value) { return lines(this.getLabelForValue(value)); } };
    canvas.chart = new Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (set, i) {
          return {
            label: set.label,
            data: set.data,
            backgroundColor: colours[i % colours.length],
            borderColor: colours[i % colours.length],
            borderWidth: line ? 2 : 0,
            pointRadius: line ? 2 : 0,
            fill: false
          };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: line ? 'x' : 'y',
        plugins: {
          legend: { position: 'bottom', display: data.datasets.length > 1 },
          tooltip: { callbacks: { label: function (item) {
            return item.dataset.label + ': ' + format(unit, item.raw, false);
          } } }
        },
        scales: line
          ? { x: { ticks: categoryTicks }, y: { beginAtZero: true, ticks: valueTicks } }
          : { x: { beginAtZero: true, ticks: valueTicks }, y: { ticks: categoryTicks } }
      }
    });
  });
})();
