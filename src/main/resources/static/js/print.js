// Buttons marked data-print open the browser's print dialog (the certificate page); no inline script under the CSP.
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
