// Refuses a product photo over the size limit before it is uploaded; the server checks the size (and the type) again.
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
  var message = document.getElementById(input.id + '-size-error');
  input.form.addEventListener('submit', function (event) {
    var file = input.files && input.files[0];
    var tooLarge = file && file.size > Number(input.dataset.maxBytes);
    if (message) {
      message.classList.toggle('d-none', !tooLarge);
    }
    if (tooLarge) {
      event.preventDefault();
      input.classList.add('is-invalid');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'photo-help ' + input.id + '-size-error');
      input.focus();
    }
  });
  input.addEventListener('change', function () {
    if (message) {
      message.classList.add('d-none');
    }
  });
});
