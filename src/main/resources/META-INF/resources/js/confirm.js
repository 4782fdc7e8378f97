// A form with data-confirm (a delete, an undo) asks its question before it is sent; without this script it is
// sent at once, as the server's own checks are the same either way.
(function () {
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { event.preventDefault(); }
  });
})();
