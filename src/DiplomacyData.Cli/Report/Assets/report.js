// The timeline's filters: show only the engagements (chart marks and table rows, which carry data-people,
// data-countries, data-kind and data-years, their first and last year) of the chosen person, country, kind and
// year, and say how many are shown. A chosen year also hides the other years' bands of the chart.
(function () {
  'use strict';
  var form = document.querySelector('form.filters');
  if (!form) {
    return;
  }
  var items = document.querySelectorAll('[data-kind]');
  var bands = document.querySelectorAll('g.band[data-years]');
  var status = form.querySelector('output.status');

  function has(list, value) {
    return (' ' + list + ' ').indexOf(' ' + value + ' ') >= 0;
  }

  function inYear(years, year) {
    var bounds = (years || '').split(' ');
    return Number(bounds[0]) <= year && year <= Number(bounds[bounds.length - 1]);
  }

  function apply() {
    var person = form.elements.person.value;
    var country = form.elements.country.value;
    var kind = form.elements.kind.value;
    var year = form.elements.year ? Number(form.elements.year.value) : 0;
    var shown = 0;
    var total = 0;
    items.forEach(function (item) {
      var match = (!person || has(item.getAttribute('data-people'), person)) &&
        (!country || has(item.getAttribute('data-countries'), country)) &&
        (!kind || item.getAttribute('data-kind') === kind) &&
        (!year || inYear(item.getAttribute('data-years'), year));
      item.classList.toggle('filtered-out', !match);
      if (item.classList.contains('ev')) {
        total += 1;
        if (match) {
          shown += 1;
        }
      }
    });
    bands.forEach(function (band) {
      band.classList.toggle('other-year', year > 0 && !inYear(band.getAttribute('data-years'), year));
    });
    status.textContent = shown + ' of ' + total + ' engagements shown';
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
}());
