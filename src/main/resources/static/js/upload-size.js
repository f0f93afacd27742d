// Refuses a file over the size limit of its input (data-max-bytes) before it is uploaded, with the message of the
// element <input id>-size-error; the server checks the size (and the type) again.
document.querySelectorAll('input[type=file][data-max-bytes]:not([data-size-checked])').forEach(function (input) {
  input.setAttribute('data-size-checked', '');
  var message = document.getElementById(input.id + '-size-error');
  var help = document.getElementById(input.id + '-help');
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
      input.setAttribute('aria-describedby', (help ? help.id + ' ' : '') + input.id + '-size-error');
      input.focus();
    }
  });
  input.addEventListener('change', function () {
    if (message) {
      message.classList.add('d-none');
    }
  });
});
