// Adds a "copy link" button beside every section heading. Without JavaScript the table of contents
// still gives each section's link; this only saves a teacher a step.
(function () {
    "use strict";
    var status = null;
    var announce = function (text) {
        if (status === null) {
            status = document.createElement("p");
            status.className = "visually-hidden";
            status.setAttribute("role", "status");
            document.querySelector("main").appendChild(status);
        }

        status.textContent = text;
    };

    // Headings of forms and navigation are not places anyone links to.
    var skip = ["toc-heading", "errors-heading", "preview-heading", "conflict-heading"];
    document.querySelectorAll("main h2[id], main h3[id]").forEach(function (heading) {
        if (skip.indexOf(heading.id) >= 0 || heading.closest("form")) {
            return;
        }

        var label = heading.textContent;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "copy-link";
        button.textContent = "Copy link";
        button.setAttribute("aria-label", "Copy link to the section " + label);
        button.addEventListener("click", function () {
            var url = location.origin + location.pathname + location.search + "#" + heading.id;
            var done = function () { announce("Link to “" + label + "” copied."); };
            if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(url).then(done, function () { location.hash = heading.id; });
            } else {
                location.hash = heading.id;
            }
        });
        heading.appendChild(button);
    });
}());
