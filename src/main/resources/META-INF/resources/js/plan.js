// Live weight totals on the plan page while the user types; the server computes the same totals on every save,
// so the page works the same without this script.
(function () {
  function sum(inputs) {
    return Array.prototype.reduce.call(inputs, function (total, input) {
      var n = parseInt(input.value, 10);
      return total + (isNaN(n) ? 0 : n);
    }, 0);
  }
  function show(element, total) {
    if (!element) { return; }
    element.textContent = total + '%';
    element.classList.toggle('text-ok', total === 100);
    element.classList.toggle('text-bad', total !== 100);
  }
  function update() {
    show(document.getElementById('objective-total'),
      sum(document.querySelectorAll('section.objective form.grid-form input[name=weight]')));
    document.querySelectorAll('section.objective').forEach(function (section) {
      show(section.querySelector('.kpi-total'),
        sum(section.querySelectorAll('form.kpi-row:not(.new) input[name=weight]')));
    });
  }
  document.addEventListener('input', function (event) {
    if (event.target.name === 'weight') { update(); }
  });
})();
