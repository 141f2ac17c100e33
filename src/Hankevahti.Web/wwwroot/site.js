// Enhancements only: every page works without this script.
// 1. A warning before leaving a page whose form has unsaved changes (forms opt out with data-no-warn).
(function () {
  'use strict';
  var dirty = false;
  var message = document.documentElement.getAttribute('data-unsaved') || '';
  document.addEventListener('input', function (e) {
    var form = e.target && e.target.form;
    if (form && form.method.toLowerCase() === 'post' && !form.hasAttribute('data-no-warn')) dirty = true;
  });
  document.addEventListener('submit', function () { dirty = false; });
  window.addEventListener('beforeunload', function (e) {
    if (!dirty) return undefined;
    e.preventDefault();
    e.returnValue = message;
    return message;
  });
})();
