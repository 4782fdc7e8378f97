// A refused form's error summary takes the focus, so that a screen reader reads it and the keyboard starts there;
// its links move the focus to their field. The summary and its links work without this script too.
(function () {
  var summary = document.getElementById('error-summary');
  if (!summary) { return; }
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var field = link && document.getElementById(link.getAttribute('href').substring(1));
    if (field) {
      event.preventDefault();
      field.scrollIntoView({ block: 'center' });
      field.focus();
    }
  });
})();
