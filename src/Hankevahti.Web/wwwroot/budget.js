// The budget grid's sums as the user types: each amount cell lists the sums it belongs to in
// data-keys, each <output data-sum="key"> shows one of them, <output data-share="own|grant"> the
// share of the total. The server computes the same sums when the page is shown and saved; this
// only keeps them current in between. Amounts are read as FormValues.TryAmount reads them and
// summed in cents, so that the figures match the server's to the cent.
(function () {
  'use strict';
  var form = document.querySelector('form[data-budget-grid]');
  if (!form || typeof Intl === 'undefined') return;
  // As Fi.Money writes euros on the server: digits grouped with a no-break space, a decimal comma, " €".
  var number = new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });

  // Cents as an integer; null when the text is not an amount (it then counts as zero, as on the server).
  function cents(text) {
    var s = (text || '').replace(/[\s\u00a0\u202f\u2009]/g, '');
    if (/€$/.test(s)) s = s.slice(0, -1);
    else if (/\de$/i.test(s)) s = s.slice(0, -1);
    if (s === '') return 0;
    if ((s.match(/[,.]/g) || []).length > 1) return null;
    s = s.replace(',', '.').replace('\u2212', '-');
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
    var negative = s.charAt(0) === '-';
    s = s.replace(/^[+-]/, '');
    var parts = s.split('.');
    var whole = parseInt(parts[0] || '0', 10);
    var fraction = ((parts[1] || '') + '000').slice(0, 3);
    // Rounded to cents half away from zero, as decimal rounding on the server.
    var value = whole * 100 + Math.round(parseInt(fraction, 10) / 10);
    return negative ? -value : value;
  }

  function percent(text) {
    var s = (text || '').trim().replace(/%$/, '');
    if (s.replace(/[\s\u00a0]/g, '') === '') return null;
    var c = cents(s);
    return c === null ? null : c / 100;
  }

  function format(c) { return number.format(c / 100) + ' \u20ac'; }

  function update() {
    var sums = {};
    form.querySelectorAll('input[data-keys]').forEach(function (input) {
      var value = cents(input.value);
      if (value === null) value = 0;
      input.getAttribute('data-keys').split(' ').forEach(function (key) {
        sums[key] = (sums[key] || 0) + value;
      });
    });
    form.querySelectorAll('output[data-sum]').forEach(function (output) {
      var text = format(sums[output.getAttribute('data-sum')] || 0);
      if (output.value !== text) output.value = text;
    });
    var total = sums.all || 0;
    form.querySelectorAll('output[data-share]').forEach(function (output) {
      var input = form.querySelector('input[data-share-input="' + output.getAttribute('data-share') + '"]');
      var share = input ? percent(input.value) : null;
      var text = share === null ? '\u2013' : format(Math.sign(total * share) * Math.round(Math.abs(total * share) / 100));
      if (output.value !== text) output.value = text;
    });
  }

  form.addEventListener('input', function (e) {
    if (e.target.matches('input[data-keys], input[data-share-input]')) update();
  });
})();
