// The timeline's filters: show only the engagements (chart marks and table rows, which carry data-people,
// data-countries and data-kind) of the chosen person, country and kind, and say how many are shown.
(function () {
  'use strict';
  var form = document.querySelector('form.filters');
  if (!form) {
    return;
  }
  var items = document.querySelectorAll('[data-kind]');
  var status = form.querySelector('output.status');

  function has(list, value) {
    return (' ' + list + ' ').indexOf(' ' + value + ' ') >= 0;
  }

  function apply() {
    var person = form.elements.person.value;
    var country = form.elements.country.value;
    var kind = form.elements.kind.value;
    var shown = 0;
    var total = 0;
    items.forEach(function (item) {
      var match = (!person || has(item.getAttribute('data-people'), person)) &&
        (!country || has(item.getAttribute('data-countries'), country)) &&
        (!kind || item.getAttribute('data-kind') === kind);
      item.classList.toggle('filtered-out', !match);
      if (item.classList.contains('ev')) {
        total += 1;
        if (match) {
          shown += 1;
        }
      }
    });
    status.textContent = shown + ' of ' + total + ' engagements shown';
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
}());
