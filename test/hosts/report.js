// Loaded first, as an external classic script (no inline script anywhere on the host pages): records
// every Content-Security-Policy violation on the page so the end-to-end test can fail on it, and
// repeats it on the console for a person looking at the page. Violations inside shadow roots are
// reported on the document too (the event is composed).
(function () {
  'use strict';
  var found = [];
  window.__sppHostViolations = found;
  document.addEventListener('securitypolicyviolation', function (event) {
    var entry = {
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
      disposition: event.disposition,
    };
    found.push(entry);
    console.error('CSP violation: ' + JSON.stringify(entry));
  });
})();
