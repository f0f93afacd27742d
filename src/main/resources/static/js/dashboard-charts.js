// Dashboard charts. Each canvas carries its chart in data-chart (JSON written by the server: type, labels,
// datasets); the same numbers are in the table beside it, which screen readers, printouts and exports use.
(function () {
  if (typeof Chart === 'undefined') { return; }
  var colours = ['#0b5c8a', '#f7b32b', '#2e8540', '#b3261e', '#6f42c1'];
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
  var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var line = data.type === 'line';
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
        indexAxis: !line && data.labels.length > 8 ? 'y' : 'x',
        plugins: {
          legend: { position: 'bottom', display: data.datasets.length > 1 },
          tooltip: { callbacks: { label: function (item) {
            return item.dataset.label + ': ' + number.format(item.raw);
          } } }
        },
        scales: {
          x: { beginAtZero: true, ticks: { autoSkip: true, maxRotation: 0 } },
          y: { beginAtZero: true, ticks: { autoSkip: true } }
        }
      }
    });
  });
})();
