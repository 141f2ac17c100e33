// Enhancement only: says at once that a chosen file is over the size limit, before it is sent.
// The server checks the size again and says the same in words of its own when this script does not run.
(function () {
  'use strict';
  var input = document.getElementById('upload');
  if (!input || !input.form) return;
  var max = Number(input.getAttribute('data-max-bytes'));
  var error = document.getElementById('upload-error');
  function check() {
    var file = input.files && input.files[0];
    var tooLarge = !!file && max > 0 && file.size > max;
    var message = tooLarge
      ? (input.getAttribute('data-too-large') || '').replace('{0}', file.name).replace('{1}', input.getAttribute('data-limit') || '')
      : '';
    input.setCustomValidity(message);
    if (error) error.textContent = message;
    return !tooLarge;
  }
  input.addEventListener('change', check);
  input.form.addEventListener('submit', function (e) {
    if (!check()) {
      e.preventDefault();
      input.focus();
    }
  });
})();
