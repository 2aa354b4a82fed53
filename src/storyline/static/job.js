// Polls an ingest job's progress (GET /api/ingest/{job}) and updates the page; reloads
// it when the job ends so the server renders the results. Only textContent is set.
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var status = box.getAttribute("data-status");
  if (status !== "queued" && status !== "running") { return; }
  var url = "/api/ingest/" + encodeURIComponent(box.getAttribute("data-job"));
  function show(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = (value === null || value === undefined) ? "…" : String(value); }
  }
  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        show("job-status", job.status);
        show("job-done", job.done);
        show("job-read", job.read);
        show("job-stored", job.stored);
        show("job-present", job.already_present);
        show("job-rejected", job.rejected);
        show("job-figures", job.figures);
        if (job.status === "done" || job.status === "failed") {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
